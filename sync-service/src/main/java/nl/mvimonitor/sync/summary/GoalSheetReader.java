package nl.mvimonitor.sync.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the goals tab of an earlier board workbook by its header labels; the format is described on
 * {@link BoardGoals}. The tab is the one the report marked ({@link GoalsTabMarker}), whatever the board named it; in
 * a workbook written before the marker, only a tab named {@value GoalsTab#DEFAULT_NAME}. No other tab is ever taken
 * for the goals. The workbook is untrusted: its size is bounded by the caller, POI's zip-bomb guard is on, and
 * formulas are never evaluated (their text and cached values are read).
 */
final class GoalSheetReader {

    private static final int HEADER_SEARCH_ROWS = 20;
    /** POI's default; raised here only if some other code lowered it, never lowered. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private GoalSheetReader() {
    }

    static GoalsTab read(byte[] bytes) throws IOException {
        return read(bytes, false);
    }

    /** With {@code markerRequired}, only the marked tab: the workbook was written with the marker. */
    static GoalsTab read(byte[] bytes, boolean markerRequired) throws IOException {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<Name> marker = GoalsTabMarker.in(workbook);
            Sheet sheet = goalsTab(workbook, marker, markerRequired);
            int searchRows = HEADER_SEARCH_ROWS + marker.map(GoalsTabMarker::row).orElse(0);
            int header = headerRow(sheet, searchRows)
                    .orElseThrow(() -> new GoalsTabNotFound(GoalsTabNotFound.Reason.NO_HEADER));
            Map<Integer, String> headers = headers(sheet, header);
            List<BoardGoal> goals = FormulaMove.apply(workbook, workbook.getSheetIndex(sheet), header, headers,
                    goals(sheet, header, headers));
            return new GoalsTab(sheet.getSheetName(), goals);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // POI signals corrupt or hostile files with unchecked exceptions
            throw new IOException("board workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /** The marked tab; without a marker (a workbook from before it), the tab named Doelen. Never a guess. */
    private static Sheet goalsTab(Workbook workbook, Optional<Name> marker, boolean markerRequired)
            throws GoalsTabNotFound {
        if (marker.isPresent()) {
            return GoalsTabMarker.sheet(workbook, marker.get())
                    .orElseThrow(() -> new GoalsTabNotFound(GoalsTabNotFound.Reason.MARKER_BROKEN));
        }
        if (markerRequired) {
            throw new GoalsTabNotFound(GoalsTabNotFound.Reason.MARKER_MISSING);
        }
        return GoalsTabMarker.sheetNamed(workbook, GoalsTab.DEFAULT_NAME)
                .orElseThrow(() -> new GoalsTabNotFound(GoalsTabNotFound.Reason.NO_TAB));
    }

    /** The first row naming the KPI column and at least one other standard column. */
    private static Optional<Integer> headerRow(Sheet sheet, int searchRows) {
        for (int r = 0; r < searchRows; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<GoalColumn> found = new ArrayList<>();
            row.forEach(cell -> GoalColumn.of(headerText(cell)).ifPresent(found::add));
            if (found.contains(GoalColumn.KPI) && found.size() >= 2) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The goals below the header, each with where it was read; the computed columns are not read. */
    private static List<FormulaMove.SourceGoal> goals(Sheet sheet, int headerRow, Map<Integer, String> headers)
            throws IOException {
        List<FormulaMove.SourceGoal> goals = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<BoardCell> cells = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            headers.forEach((column, header) -> {
                if (!GoalColumn.isComputed(header)) {
                    cell(row.getCell(column), header).ifPresent(cell -> {
                        cells.add(cell);
                        columns.add(column);
                    });
                }
            });
            if (!cells.isEmpty()) {
                goals.add(new FormulaMove.SourceGoal(r, columns, new BoardGoal(cells)));
                BoardGoals.checkCount(goals.size());
            }
        }
        return goals;
    }

    /** Header texts by column index, the computed columns too; data columns without header get a name. */
    private static Map<Integer, String> headers(Sheet sheet, int headerRow) {
        Row header = sheet.getRow(headerRow);
        int lastColumn = header.getLastCellNum();
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        Map<Integer, String> headers = new LinkedHashMap<>();
        for (int c = 0; c < lastColumn; c++) {
            String text = headerText(header.getCell(c));
            if (text.isBlank()) {
                text = "(kolom " + CellReference.convertNumToColString(c) + ")";
            }
            headers.put(c, text);
        }
        return headers;
    }

    private static String headerText(Cell cell) {
        return cell == null ? "" : cellValue(cell).map(v -> v instanceof BigDecimal n
                ? n.stripTrailingZeros().toPlainString() : v.toString()).orElse("").strip();
    }

    /** A filled cell; a formula is kept with its cached value, also when that value is empty. */
    private static Optional<BoardCell> cell(Cell cell, String header) {
        if (cell == null) {
            return Optional.empty();
        }
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        Optional<String> formula = formula(cell);
        Optional<Object> value = cellValue(cell);
        if (formula.isPresent()) {
            return Optional.of(new BoardCell(header, value.orElse(""), format, formula.get()));
        }
        return value.map(v -> new BoardCell(header, v, format));
    }

    private static Optional<String> formula(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(cell.getCellFormula()).filter(f -> !f.isBlank());
        } catch (RuntimeException e) {
            // a shared formula POI cannot expand: the cached value is still kept
            return Optional.empty();
        }
    }

    /** The value as typed; for a formula its cached result, never a re-evaluation. Empty for blank cells. */
    private static Optional<Object> cellValue(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Optional.of(cell.getStringCellValue()).filter(s -> !s.isEmpty()).map(s -> s);
            case NUMERIC -> Optional.of(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                    : BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> Optional.of(cell.getBooleanCellValue());
            case ERROR -> Optional.of(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Optional.empty();
        };
    }
}
