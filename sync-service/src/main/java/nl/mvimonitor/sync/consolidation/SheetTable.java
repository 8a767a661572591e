package nl.mvimonitor.sync.consolidation;

import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One tab of the consolidated workbook as a table: a styled, frozen header row, fixed column widths (no autosize,
 * which would need all rows in memory) and an autofilter over the rows written. When a tab reaches Excel's row
 * limit, the rows continue on a new tab "Naam (2)" with the same header instead of being lost.
 */
final class SheetTable {

    private static final float LINE_POINTS = 15f;
    /** Data rows per tab: Excel's limit minus the header row. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Workbook workbook;
    private final String name;
    private final List<Column> columns;
    private final OverviewStyles styles;
    private final int dataRowsPerTab;
    private Sheet sheet;
    private int part;
    private int nextRow;

    SheetTable(Workbook workbook, String name, List<Column> columns, OverviewStyles styles, int dataRowsPerTab) {
        this.workbook = workbook;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.dataRowsPerTab = dataRowsPerTab;
        startPart();
    }

    SheetTable(Workbook workbook, String name, List<Column> columns, OverviewStyles styles) {
        this(workbook, name, columns, styles, EXCEL_DATA_ROWS);
    }

    /** A new data row, on a continuation tab when this one is full. */
    Row newRow() {
        if (nextRow > dataRowsPerTab) {
            finish();
            startPart();
        }
        return sheet.createRow(nextRow++);
    }

    /** Sets the autofilter over the rows written so far; call once when the tab (part) is complete. */
    void finish() {
        int lastRow = Math.max(1, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
    }

    Sheet sheet() {
        return sheet;
    }

    private void startPart() {
        part++;
        sheet = createSheet(workbook, part == 1 ? name : name + " (" + part + ")", columns, styles);
        nextRow = 1;
    }

    /**
     * A sheet with only its header and an autofilter over the data rows that will follow it: for tabs whose rows
     * are added to the sheet XML after POI wrote it ({@link WorkbookAssembly}).
     */
    static Sheet headerOnly(Workbook workbook, String name, List<Column> columns, OverviewStyles styles,
            int dataRows) {
        Sheet sheet = createSheet(workbook, name, columns, styles);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, dataRows), 0, columns.size() - 1));
        return sheet;
    }

    private static Sheet createSheet(Workbook workbook, String name, List<Column> columns, OverviewStyles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(column.label());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, column.widthChars() * 256);
            lines = Math.max(lines, column.headerLines());
        }
        // wrapped headers need the height; spreadsheet programs do not grow rows written by POI
        header.setHeightInPoints(lines * LINE_POINTS);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A column header with its width in characters. */
    record Column(String label, int widthChars) {
        private static final double BOLD_WIDTH = 1.2;

        Column {
            Objects.requireNonNull(label, "label");
            if (widthChars < 1 || widthChars > 255) {
                throw new IllegalArgumentException("width must be 1-255 characters: " + widthChars);
            }
        }

        /** Lines the label needs when wrapped at the column's width; bold letters are about a fifth wider. */
        int headerLines() {
            return (int) Math.ceil(label.length() * BOLD_WIDTH / widthChars);
        }
    }
}
