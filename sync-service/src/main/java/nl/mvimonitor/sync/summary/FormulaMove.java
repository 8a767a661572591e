package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtgBase;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Points the board's formulas at the cells they referred to once the goals tab is rewritten in the report's layout
 * ({@link GoalsLayout}). The header row and the goal rows keep their order and every other row above or between them
 * is dropped, as if deleted in Excel (rows below the table move up with it); each column goes to its place in the
 * layout. A formula that refers to a cell the report does not write, or to a range that would not stay one range,
 * cannot be moved and is kept as its last value. In the report's own layout nothing moves and the formula text stays
 * exactly as typed. A reference that names the goals tab names it as the report writes it: the report gives the tab its
 * default name when the board's name is taken by one of the report's other tabs, and the old name would then point at
 * that other tab.
 */
final class FormulaMove {

    /** Where a goal was read: its row, and the column of each of its cells. */
    record SourceGoal(int row, List<Integer> columns, BoardGoal goal) {

        SourceGoal {
            columns = List.copyOf(columns);
        }
    }

    private static final int UNMAPPED = -1;
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    private final int[] keptRows;
    private final Map<Integer, Integer> columns;
    private final XSSFEvaluationWorkbook book;
    private final int sheetIndex;
    private final String tab;
    private final String writtenTab;

    private FormulaMove(int[] keptRows, Map<Integer, Integer> columns, XSSFWorkbook workbook, int sheetIndex) {
        this.keptRows = keptRows;
        this.columns = columns;
        this.book = XSSFEvaluationWorkbook.create(workbook);
        this.sheetIndex = sheetIndex;
        this.tab = workbook.getSheetName(sheetIndex);
        this.writtenTab = BoardReportWriter.goalsTabName(tab);
    }

    /** The goals with their formulas moved to the report's layout, or kept as values where that cannot be done. */
    static List<BoardGoal> apply(XSSFWorkbook workbook, int sheetIndex, int headerRow, Map<Integer, String> headers,
                                 List<SourceGoal> read) {
        List<BoardGoal> goals = read.stream().map(SourceGoal::goal).toList();
        if (goals.stream().flatMap(g -> g.cells().stream()).allMatch(c -> c.formula() == null)) {
            return goals;
        }
        int[] rows = new int[read.size() + 1];
        rows[0] = headerRow;
        for (int i = 0; i < read.size(); i++) {
            rows[i + 1] = read.get(i).row();
        }
        FormulaMove move = new FormulaMove(rows, columns(headers, read, new GoalsLayout(goals)), workbook, sheetIndex);
        return goals.stream().map(move::moved).toList();
    }

    /** Where each column of the board's tab goes; a column whose cells would go to different places goes nowhere. */
    private static Map<Integer, Integer> columns(Map<Integer, String> headers, List<SourceGoal> read,
                                                 GoalsLayout layout) {
        Map<Integer, Integer> columns = new HashMap<>();
        Set<GoalColumn> placed = EnumSet.noneOf(GoalColumn.class);
        headers.forEach((column, header) -> {
            int computed = GoalColumn.COMPUTED_LABELS.stream().map(GoalColumn::normalise).toList()
                    .indexOf(GoalColumn.normalise(header));
            Optional<GoalColumn> standard = GoalColumn.of(header);
            if (computed >= 0) {
                columns.put(column, layout.firstComputed() + computed);
            } else if (standard.isPresent() && placed.add(standard.get())) {
                columns.put(column, standard.get().ordinal());
            }
        });
        for (SourceGoal goal : read) {
            List<Integer> to = layout.columns(goal.goal());
            for (int i = 0; i < to.size(); i++) {
                Integer before = columns.putIfAbsent(goal.columns().get(i), to.get(i));
                if (before != null && !before.equals(to.get(i))) {
                    columns.put(goal.columns().get(i), UNMAPPED);
                }
            }
        }
        return columns;
    }

    private BoardGoal moved(BoardGoal goal) {
        List<BoardCell> cells = new ArrayList<>();
        for (BoardCell cell : goal.cells()) {
            cells.add(cell.formula() == null ? cell : new BoardCell(cell.header(), cell.value(), cell.dataFormat(),
                    formula(cell.formula()).orElse(null)));
        }
        return new BoardGoal(cells);
    }

    /** The formula with its references to the goals tab moved; empty when one of them cannot be. */
    Optional<String> formula(String formula) {
        Ptg[] tokens;
        try {
            tokens = FormulaParser.parse(formula, book, FormulaType.CELL, sheetIndex);
        } catch (RuntimeException e) {
            // POI cannot read it here; the writer decides whether it can be kept
            return Optional.of(formula);
        }
        boolean changed = false;
        for (Ptg token : tokens) {
            boolean onGoalsTab = onGoalsTab(token);
            changed |= onGoalsTab && renamed(token);
            if (token instanceof RefPtgBase ref && onGoalsTab) {
                int row = row(ref.getRow());
                int column = columns.getOrDefault(ref.getColumn(), UNMAPPED);
                if (row == UNMAPPED || column == UNMAPPED) {
                    return Optional.empty();
                }
                changed |= row != ref.getRow() || column != ref.getColumn();
                ref.setRow(row);
                ref.setColumn(column);
            } else if (token instanceof AreaPtgBase area && onGoalsTab) {
                Optional<Boolean> areaChanged = move(area);
                if (areaChanged.isEmpty()) {
                    return Optional.empty();
                }
                changed |= areaChanged.get();
            }
        }
        return Optional.of(changed ? FormulaRenderer.toFormulaString(book, tokens) : formula);
    }

    /** Names the goals tab as the report writes it, if the token names it otherwise; true when it did. */
    private boolean renamed(Ptg token) {
        if (writtenTab.equalsIgnoreCase(tab)) {
            return false;
        }
        if (token instanceof Ref3DPxg ref) {
            ref.setSheetName(writtenTab);
            return true;
        }
        if (token instanceof Area3DPxg area) {
            area.setSheetName(writtenTab);
            return true;
        }
        return false;
    }

    private boolean onGoalsTab(Ptg token) {
        if (token instanceof Ref3DPxg ref) {
            return ref.getExternalWorkbookNumber() < 1 && ref.getLastSheetName() == null
                    && tab.equalsIgnoreCase(ref.getSheetName());
        }
        if (token instanceof Area3DPxg area) {
            return area.getExternalWorkbookNumber() < 1 && area.getLastSheetName() == null
                    && tab.equalsIgnoreCase(area.getSheetName());
        }
        return true;
    }

    /** Moves a range as Excel would on deleting the dropped rows; empty when its columns would not stay together. */
    private Optional<Boolean> move(AreaPtgBase area) {
        int firstRow = area.getFirstRow();
        int lastRow = area.getLastRow();
        if (!(firstRow == 0 && lastRow == LAST_ROW)) {
            firstRow = firstRowFrom(area.getFirstRow());
            lastRow = lastRowUpTo(area.getLastRow());
        }
        int firstColumn = area.getFirstColumn();
        int lastColumn = area.getLastColumn();
        if (!(firstColumn == 0 && lastColumn == LAST_COLUMN)) {
            firstColumn = columns.getOrDefault(area.getFirstColumn(), UNMAPPED);
            lastColumn = firstColumn + area.getLastColumn() - area.getFirstColumn();
            for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
                int to = columns.getOrDefault(c, UNMAPPED);
                if (firstColumn == UNMAPPED || to != firstColumn + c - area.getFirstColumn()) {
                    return Optional.empty();
                }
            }
        }
        if (firstRow == UNMAPPED || lastRow == UNMAPPED || firstRow > lastRow) {
            return Optional.empty();
        }
        boolean changed = firstRow != area.getFirstRow() || lastRow != area.getLastRow()
                || firstColumn != area.getFirstColumn() || lastColumn != area.getLastColumn();
        area.setFirstRow(firstRow);
        area.setLastRow(lastRow);
        area.setFirstColumn(firstColumn);
        area.setLastColumn(lastColumn);
        return Optional.of(changed);
    }

    /** A kept row's new index; rows below the table move up with it; a dropped row has none. */
    private int row(int sourceRow) {
        int last = keptRows.length - 1;
        if (sourceRow > keptRows[last]) {
            return sourceRow - keptRows[last] + last;
        }
        int index = Arrays.binarySearch(keptRows, sourceRow);
        return index >= 0 ? index : UNMAPPED;
    }

    /** The new index of the first kept row at or after {@code sourceRow}. */
    private int firstRowFrom(int sourceRow) {
        if (sourceRow > keptRows[keptRows.length - 1]) {
            return row(sourceRow);
        }
        int index = Arrays.binarySearch(keptRows, sourceRow);
        return index >= 0 ? index : -index - 1;
    }

    /** The new index of the last kept row at or before {@code sourceRow}. */
    private int lastRowUpTo(int sourceRow) {
        if (sourceRow > keptRows[keptRows.length - 1]) {
            return row(sourceRow);
        }
        int index = Arrays.binarySearch(keptRows, sourceRow);
        return index >= 0 ? index : -index - 2;
    }
}
