package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One strategic goal of the board, kept as the cells the board typed: the standard columns of {@link GoalColumn}
 * and any columns the board added, in the board's order. Nothing is normalised on the way in, so the report writes
 * back exactly what was typed; the accessors read the standard columns leniently (see {@link GoalNumbers}).
 *
 * @param cells the filled cells of the goal's row, each with its header
 */
public record BoardGoal(List<BoardCell> cells) {

    public BoardGoal {
        cells = List.copyOf(cells);
    }

    /** A goal from values, as a seed or test would give them; null values are left out. */
    public static BoardGoal of(String goalId, String theme, String kpi, String description, BigDecimal baseValue,
                               Integer baseYear, BigDecimal targetValue, Integer targetYear, String owner) {
        List<BoardCell> cells = new ArrayList<>();
        addText(cells, GoalColumn.DOEL_ID, goalId);
        addText(cells, GoalColumn.THEMA, theme);
        addText(cells, GoalColumn.KPI, kpi);
        addText(cells, GoalColumn.OMSCHRIJVING, description);
        addNumber(cells, GoalColumn.BASISWAARDE, baseValue);
        addNumber(cells, GoalColumn.BASISJAAR, baseYear == null ? null : BigDecimal.valueOf(baseYear));
        addNumber(cells, GoalColumn.STREEFWAARDE, targetValue);
        addNumber(cells, GoalColumn.STREEFJAAR, targetYear == null ? null : BigDecimal.valueOf(targetYear));
        addText(cells, GoalColumn.EIGENAAR, owner);
        return new BoardGoal(cells);
    }

    /** A copy with one more cell, e.g. a column of the board's own. */
    public BoardGoal with(BoardCell cell) {
        List<BoardCell> more = new ArrayList<>(cells);
        more.add(cell);
        return new BoardGoal(more);
    }

    public Optional<BoardCell> cell(GoalColumn column) {
        return cells.stream().filter(c -> column.matches(c.header())).findFirst();
    }

    /** The text of a standard column, or empty. */
    public String text(GoalColumn column) {
        return cell(column).map(BoardCell::text).map(String::trim).orElse("");
    }

    public String goalId() {
        return text(GoalColumn.DOEL_ID);
    }

    public String kpiCode() {
        return text(GoalColumn.KPI);
    }

    public String theme() {
        return text(GoalColumn.THEMA);
    }

    public Optional<BigDecimal> number(GoalColumn column) {
        return cell(column).flatMap(GoalNumbers::number);
    }

    public Optional<Integer> year(GoalColumn column) {
        return cell(column).flatMap(GoalNumbers::year);
    }

    /**
     * The cells of columns the board added, which the report keeps but does not interpret: columns with a header of
     * their own, and a second column with the header of a standard column (only the first one is read).
     */
    public List<BoardCell> extraCells() {
        List<BoardCell> extras = new ArrayList<>();
        Set<GoalColumn> seen = EnumSet.noneOf(GoalColumn.class);
        for (BoardCell cell : cells) {
            Optional<GoalColumn> standard = GoalColumn.of(cell.header());
            if (standard.isEmpty() || !seen.add(standard.get())) {
                extras.add(cell);
            }
        }
        return extras;
    }

    /** The path from baseline to target, or empty when there is no usable Streefwaarde. */
    public Optional<GoalPath> path() {
        return number(GoalColumn.STREEFWAARDE).map(target -> new GoalPath(number(GoalColumn.BASISWAARDE).orElse(null),
                year(GoalColumn.BASISJAAR).orElse(null), target, year(GoalColumn.STREEFJAAR).orElse(null)));
    }

    private static void addText(List<BoardCell> cells, GoalColumn column, String value) {
        if (value != null && !value.isBlank()) {
            cells.add(BoardCell.text(column.label(), value));
        }
    }

    private static void addNumber(List<BoardCell> cells, GoalColumn column, BigDecimal value) {
        if (value != null) {
            cells.add(BoardCell.number(column.label(), value));
        }
    }
}
