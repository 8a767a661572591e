package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the goals tab puts what the board typed: the header in the first row, one goal per row below it in the
 * board's order; the standard columns in {@link GoalColumn} order, then the board's own columns in the order first
 * seen, then the computed columns. The writer places cells by it, and the reader uses it to point the board's
 * formulas at the cells they referred to before the tab was rewritten.
 */
final class GoalsLayout {

    static final int HEADER_ROW = 0;

    private final List<String> extras;

    GoalsLayout(List<BoardGoal> goals) {
        this.extras = extraHeaders(goals);
    }

    /** The headers of the board's own columns, in their order on the tab. */
    List<String> extras() {
        return extras;
    }

    int firstComputed() {
        return GoalColumn.values().length + extras.size();
    }

    static int goalRow(int goalIndex) {
        return HEADER_ROW + 1 + goalIndex;
    }

    /** The column of each of the goal's cells, in the order of {@link BoardGoal#cells()}; every cell has one. */
    List<Integer> columns(BoardGoal goal) {
        List<Integer> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<GoalColumn> placed = EnumSet.noneOf(GoalColumn.class);
        for (BoardCell cell : goal.cells()) {
            // as BoardGoal reads them: the first cell of a standard column is that column, any later one is extra
            Optional<GoalColumn> standard = GoalColumn.of(cell.header());
            if (standard.isPresent() && placed.add(standard.get())) {
                columns.add(standard.get().ordinal());
            } else {
                int occurrence = seen.merge(cell.header(), 1, Integer::sum) - 1;
                columns.add(GoalColumn.values().length + extraSlot(cell.header(), occurrence));
            }
        }
        return columns;
    }

    /** The index among the extras of the given occurrence of a header. */
    private int extraSlot(String header, int occurrence) {
        int seen = 0;
        for (int i = 0; i < extras.size(); i++) {
            if (extras.get(i).equals(header) && seen++ == occurrence) {
                return i;
            }
        }
        throw new IllegalStateException("no column for an extra cell");
    }

    /**
     * The board's own column headers in the order first seen; a header the board used for several columns appears
     * as often as the most any goal has it, so no cell is dropped.
     */
    private static List<String> extraHeaders(List<BoardGoal> goals) {
        Map<String, Integer> most = new LinkedHashMap<>();
        for (BoardGoal goal : goals) {
            List<BoardCell> extra = goal.extraCells();
            Map<String, Integer> counts = new HashMap<>();
            extra.forEach(c -> counts.merge(c.header(), 1, Integer::sum));
            extra.forEach(c -> most.merge(c.header(), counts.get(c.header()), Math::max));
        }
        List<String> headers = new ArrayList<>();
        most.forEach((header, count) -> headers.addAll(Collections.nCopies(count, header)));
        return List.copyOf(headers);
    }
}
