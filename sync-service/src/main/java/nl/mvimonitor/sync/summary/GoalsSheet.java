package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

/**
 * The goals tab (Doelen, or the board's name for it): the board's goals with every cell written back exactly as typed,
 * formulas as formulas (the standard columns, then the board's own columns in the order first seen), followed by the
 * computed columns. Goals with an unknown KPI code or theme keep all their cells and get a remark instead of
 * figures. The header row carries the {@link GoalsTabMarker}, by which {@link BoardGoals} finds this tab again.
 */
final class GoalsSheet {

    private static final int BOARD_WIDTH = 14;
    private static final int DESCRIPTION_WIDTH = 50;
    private static final int WIDE = 26;
    private static final String REMARK = GoalColumn.COMPUTED_LABELS.get(GoalColumn.COMPUTED_LABELS.size() - 1);

    void write(BoardSheet sheet, List<GoalResult> results) {
        List<String> extras = extraHeaders(results);
        int firstComputed = writeHeader(sheet, extras);
        int columns = firstComputed + GoalColumn.COMPUTED_LABELS.size();
        GoalsTabMarker.mark(sheet.sheet(), 0, columns - 1);
        int rowIndex = 1;
        for (GoalResult result : results) {
            Row row = sheet.row(rowIndex++);
            writeBoardCells(sheet, row, result.goal(), extras);
            writeComputed(sheet, row, firstComputed, result);
        }
        sheet.filter(0, rowIndex - 1, columns);
    }

    /** The standard labels, the board's own, then the computed ones in another colour; returns the first computed. */
    private static int writeHeader(BoardSheet sheet, List<String> extras) {
        List<String> labels = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (GoalColumn column : GoalColumn.values()) {
            labels.add(column.label());
            widths.add(switch (column) {
                case OMSCHRIJVING -> DESCRIPTION_WIDTH;
                case KPI, EIGENAAR -> WIDE;
                default -> BOARD_WIDTH;
            });
        }
        labels.addAll(extras);
        extras.forEach(e -> widths.add(BOARD_WIDTH));
        int firstComputed = labels.size();
        labels.addAll(GoalColumn.COMPUTED_LABELS);
        GoalColumn.COMPUTED_LABELS.forEach(l -> widths.add(REMARK.equals(l) ? DESCRIPTION_WIDTH : BOARD_WIDTH));
        sheet.header(0, labels, widths);
        Row header = sheet.row(0);
        for (int c = firstComputed; c < labels.size(); c++) {
            header.getCell(c).setCellStyle(sheet.styles().computedHeader);
        }
        return firstComputed;
    }

    /**
     * The board's own column headers in the order first seen; a header the board used for several columns appears
     * as often as the most any goal has it, so no cell is dropped.
     */
    private static List<String> extraHeaders(List<GoalResult> results) {
        Map<String, Integer> most = new LinkedHashMap<>();
        for (GoalResult result : results) {
            List<BoardCell> extra = result.goal().extraCells();
            Map<String, Integer> counts = new HashMap<>();
            extra.forEach(c -> counts.merge(c.header(), 1, Integer::sum));
            extra.forEach(c -> most.merge(c.header(), counts.get(c.header()), Math::max));
        }
        List<String> headers = new ArrayList<>();
        most.forEach((header, count) -> headers.addAll(Collections.nCopies(count, header)));
        return headers;
    }

    private static void writeBoardCells(BoardSheet sheet, Row row, BoardGoal goal, List<String> extras) {
        int column = 0;
        for (GoalColumn standard : GoalColumn.values()) {
            int index = column++;
            goal.cell(standard).ifPresent(cell -> sheet.boardCell(row, index, cell));
        }
        Map<String, Integer> used = new HashMap<>();
        for (String extra : extras) {
            int index = column++;
            int occurrence = used.merge(extra, 1, Integer::sum) - 1;
            goal.extraCells().stream().filter(c -> c.header().equals(extra)).skip(occurrence).findFirst()
                    .ifPresent(cell -> sheet.boardCell(row, index, cell));
        }
    }

    private static void writeComputed(BoardSheet sheet, Row row, int first, GoalResult result) {
        KpiStanding standing = result.standing();
        if (standing != null && standing.hasData()) {
            Kpi kpi = standing.kpi();
            sheet.kpi(row, first, kpi, standing.current().value());
            sheet.year(row, first + 1, standing.year());
            sheet.number(row, first + 2, result.expected(), sheet.styles().kpi(kpi));
            sheet.number(row, first + 3, result.pathPercent(), sheet.styles().decimal);
        }
        sheet.rag(row, first + 4, result.status());
        sheet.wrapped(row, first + 5, result.remarkNl(), DESCRIPTION_WIDTH);
    }
}
