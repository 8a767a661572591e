package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_HEADER_ROW;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_HELP_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_KEY_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_LABEL_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_VALUE_COLUMN;

import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A FORM tab: one Excel Table {@code Sleutel | Veld | Waarde | Toelichting}, one row per field in schema order, the
 * keys in hidden column A and the value in column C, the only unlocked column. The tab's help is a comment on the
 * "Veld" header.
 */
final class FormTab {

    private static final int KEY_WIDTH = 22;
    private static final int LABEL_WIDTH_MAX = 40;
    private static final int HELP_WIDTH = 80;

    private final WorkbookStyles styles;
    private final CellValues values;
    private final ColumnWidths widths;
    private final RequiredMarks marks;

    FormTab(WorkbookStyles styles, CellValues values, ColumnWidths widths, RequiredMarks marks) {
        this.styles = styles;
        this.values = values;
        this.widths = widths;
        this.marks = marks;
    }

    /**
     * Writes the form with {@code prefill} values, then {@code rows} (at most one row, by field key) over them.
     *
     * @throws IllegalArgumentException for more than one row or an unknown field key
     */
    void write(XSSFSheet sheet, TabSchema tab, ProjectPrefill prefill, List<Map<String, Object>> rows) {
        if (rows.size() > 1) {
            throw new IllegalArgumentException("tab " + tab.key() + " is a form and takes at most one row, got "
                    + rows.size());
        }
        writeHeader(sheet, tab);
        for (int index = 0; index < tab.columns().size(); index++) {
            writeField(sheet.createRow(TemplateLayout.formRow(index)), tab, tab.columns().get(index), prefill);
        }
        if (!rows.isEmpty()) {
            writeValues(sheet, tab, rows.get(0));
        }
        int lastRow = TemplateLayout.formRow(tab.columns().size() - 1);
        ExcelTables.create(sheet, tab.tableName(), FORM_HEADER_ROW, lastRow, FORM_HELP_COLUMN);
        marks.markForm(sheet, tab);
        layoutColumns(sheet, tab);
        sheet.createFreezePane(0, FORM_HEADER_ROW + 1);
        SheetGuard.protectInput(sheet);
    }

    private void writeHeader(XSSFSheet sheet, TabSchema tab) {
        XSSFRow row = sheet.createRow(FORM_HEADER_ROW);
        List<String> headers = TemplateLayout.FORM_HEADERS;
        for (int column = 0; column < headers.size(); column++) {
            XSSFCell cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(styles.header());
        }
        new HelpComments(sheet).add(row.getCell(FORM_LABEL_COLUMN), tab.helpNl());
    }

    private void writeField(XSSFRow row, TabSchema tab, ColumnSchema field, ProjectPrefill prefill) {
        text(row.createCell(FORM_KEY_COLUMN), field.key()).setCellStyle(styles.key());
        text(row.createCell(FORM_LABEL_COLUMN), field.labelNl()).setCellStyle(styles.label());
        XSSFCell help = row.createCell(FORM_HELP_COLUMN);
        help.setCellStyle(styles.help());
        if (!field.helpNl().isBlank()) {
            help.setCellValue(field.helpNl());
        }
        XSSFCell value = row.createCell(FORM_VALUE_COLUMN);
        value.setCellStyle(styles.input(field.type()));
        String prefilled = prefill.value(field.prefill());
        if (prefilled != null) {
            values.write(value, tab.key(), field, prefilled);
        }
        InputRules.apply(row.getSheet(), field, new CellRangeAddressList(
                row.getRowNum(), row.getRowNum(), FORM_VALUE_COLUMN, FORM_VALUE_COLUMN));
    }

    private void writeValues(XSSFSheet sheet, TabSchema tab, Map<String, Object> row) {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            ColumnSchema field = tab.requireColumn(entry.getKey());
            XSSFCell cell = sheet.getRow(TemplateLayout.formRow(tab.indexOf(field.key()))).getCell(FORM_VALUE_COLUMN);
            if (entry.getValue() == null) {
                cell.setBlank();
            } else {
                values.write(cell, tab.key(), field, entry.getValue());
            }
        }
    }

    private void layoutColumns(XSSFSheet sheet, TabSchema tab) {
        int labelWidth = tab.columns().stream().mapToInt(c -> c.labelNl().length() + 2).max().orElse(10);
        sheet.setColumnWidth(FORM_KEY_COLUMN, ColumnWidths.poiWidth(KEY_WIDTH));
        sheet.setColumnHidden(FORM_KEY_COLUMN, true);
        sheet.setColumnWidth(FORM_LABEL_COLUMN, ColumnWidths.poiWidth(Math.min(labelWidth, LABEL_WIDTH_MAX)));
        sheet.setColumnWidth(FORM_VALUE_COLUMN, ColumnWidths.poiWidth(widths.formValueColumn(tab.columns())));
        sheet.setColumnWidth(FORM_HELP_COLUMN, ColumnWidths.poiWidth(HELP_WIDTH));
    }

    private static XSSFCell text(XSSFCell cell, String value) {
        cell.setCellValue(value);
        return cell;
    }
}
