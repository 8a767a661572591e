package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.TemplateLayout.TABLE_FIRST_DATA_ROW;
import static nl.mvimonitor.template.workbook.TemplateLayout.TABLE_HEADER_ROW;
import static nl.mvimonitor.template.workbook.TemplateLayout.TABLE_KEY_ROW;

import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A TABLE tab: hidden key row 1, header row 2 (one Excel Table, Dutch labels, help as comments), data from row 3.
 *
 * <p>Excel cannot grow a Table on a protected sheet, so the Table spans a block of prepared rows (the tab's
 * maximum, at most {@value TemplateLayout#TABLE_PREPARED_ROWS_MAX}, or more when more data is written), which carry
 * the dropdowns and required marks. Formats and the unlocked state come from the column's default style instead of
 * one cell per prepared row: cheaper to write and to read, and rows below the block stay editable too.
 */
final class TableTab {

    private static final float HEADER_HEIGHT_POINTS = 30f;

    private final WorkbookStyles styles;
    private final CellValues values;
    private final ColumnWidths widths;
    private final RequiredMarks marks;

    TableTab(WorkbookStyles styles, CellValues values, ColumnWidths widths, RequiredMarks marks) {
        this.styles = styles;
        this.values = values;
        this.widths = widths;
        this.marks = marks;
    }

    void write(XSSFSheet sheet, TabSchema tab, List<Map<String, Object>> rows) {
        writeKeyRow(sheet, tab);
        writeHeaderRow(sheet, tab);
        writeRows(sheet, tab, rows);
        int lastRow = TABLE_FIRST_DATA_ROW + Math.max(preparedRows(tab), rows.size()) - 1;
        prepareColumns(sheet, tab, lastRow);
        ExcelTables.create(sheet, tab.tableName(), TABLE_HEADER_ROW, lastRow, tab.columns().size() - 1);
        marks.markTable(sheet, tab, TABLE_FIRST_DATA_ROW, lastRow);
        sheet.createFreezePane(0, TABLE_FIRST_DATA_ROW);
        SheetGuard.protectInput(sheet);
    }

    /** Empty rows below the header made ready for input. */
    static int preparedRows(TabSchema tab) {
        return Math.max(1, Math.min(tab.maxRows(), TemplateLayout.TABLE_PREPARED_ROWS_MAX));
    }

    private void writeKeyRow(XSSFSheet sheet, TabSchema tab) {
        XSSFRow row = sheet.createRow(TABLE_KEY_ROW);
        for (int index = 0; index < tab.columns().size(); index++) {
            XSSFCell cell = row.createCell(index);
            cell.setCellValue(tab.columns().get(index).key());
            cell.setCellStyle(styles.key());
        }
        row.setZeroHeight(true);
    }

    private void writeHeaderRow(XSSFSheet sheet, TabSchema tab) {
        XSSFRow row = sheet.createRow(TABLE_HEADER_ROW);
        row.setHeightInPoints(HEADER_HEIGHT_POINTS);
        HelpComments comments = new HelpComments(sheet);
        for (int index = 0; index < tab.columns().size(); index++) {
            ColumnSchema column = tab.columns().get(index);
            XSSFCell cell = row.createCell(index);
            cell.setCellValue(column.labelNl());
            cell.setCellStyle(styles.header());
            comments.add(cell, index == 0 ? HelpComments.join(tab.helpNl(), column.helpNl()) : column.helpNl());
        }
    }

    private void writeRows(XSSFSheet sheet, TabSchema tab, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            values.writeRecord(sheet.createRow(TABLE_FIRST_DATA_ROW + i), tab, rows.get(i));
        }
    }

    private void prepareColumns(XSSFSheet sheet, TabSchema tab, int lastRow) {
        for (int index = 0; index < tab.columns().size(); index++) {
            ColumnSchema column = tab.columns().get(index);
            sheet.setColumnWidth(index, ColumnWidths.poiWidth(widths.tableColumn(column)));
            sheet.setDefaultColumnStyle(index, styles.input(column.type()));
            InputRules.apply(sheet, column, new CellRangeAddressList(TABLE_FIRST_DATA_ROW, lastRow, index, index));
        }
    }
}
