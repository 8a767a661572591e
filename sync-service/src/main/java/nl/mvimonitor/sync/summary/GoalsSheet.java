package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.List;

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
        GoalsLayout layout = new GoalsLayout(results.stream().map(GoalResult::goal).toList());
        int firstComputed = writeHeader(sheet, layout.extras());
        int columns = firstComputed + GoalColumn.COMPUTED_LABELS.size();
        GoalsTabMarker.mark(sheet.sheet(), GoalsLayout.HEADER_ROW, columns - 1);
        for (int i = 0; i < results.size(); i++) {
            Row row = sheet.row(GoalsLayout.goalRow(i));
            writeBoardCells(sheet, row, results.get(i).goal(), layout);
            writeComputed(sheet, row, firstComputed, results.get(i));
        }
        sheet.filter(GoalsLayout.HEADER_ROW, GoalsLayout.goalRow(results.size() - 1), columns);
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
        sheet.header(GoalsLayout.HEADER_ROW, labels, widths);
        Row header = sheet.row(GoalsLayout.HEADER_ROW);
        for (int c = firstComputed; c < labels.size(); c++) {
            header.getCell(c).setCellStyle(sheet.styles().computedHeader);
        }
        return firstComputed;
    }

    private static void writeBoardCells(BoardSheet sheet, Row row, BoardGoal goal, GoalsLayout layout) {
        List<Integer> columns = layout.columns(goal);
        for (int i = 0; i < columns.size(); i++) {
            sheet.boardCell(row, columns.get(i), goal.cells().get(i));
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
