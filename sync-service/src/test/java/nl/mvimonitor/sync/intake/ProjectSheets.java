package nl.mvimonitor.sync.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * Small filled project sheets laid out as docs/adr/0001 says (a very hidden {@code _meta}, FORM tabs with keys in
 * column A and values in column C, TABLE tabs with keys in hidden row 1, labels in row 2, data from row 3), built
 * with plain XSSF so intake tests do not depend on the template writer.
 */
final class ProjectSheets {

    private ProjectSheets() {
    }

    /** A sheet with the Project form filled from {@code project} and Criteria rows from {@code criteria}. */
    static byte[] sheet(TemplateSchema schema, Map<String, String> project, List<Map<String, String>> criteria)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            form(book, schema.requireTab("Project"), project);
            table(book, schema.requireTab("Criteria"), criteria);
            meta(book, schema, project.get("project_id"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void form(XSSFWorkbook book, TabSchema tab, Map<String, String> values) {
        XSSFSheet sheet = book.createSheet(tab.sheetName());
        cells(sheet.createRow(0), "Sleutel", "Veld", "Waarde", "Toelichting");
        for (int i = 0; i < tab.columns().size(); i++) {
            ColumnSchema column = tab.columns().get(i);
            String value = values.get(column.key());
            cells(sheet.createRow(i + 1), column.key(), column.labelNl(), value == null ? "" : value, "");
        }
    }

    private static void table(XSSFWorkbook book, TabSchema tab, List<Map<String, String>> rows) {
        XSSFSheet sheet = book.createSheet(tab.sheetName());
        Row keys = sheet.createRow(0);
        Row labels = sheet.createRow(1);
        keys.setZeroHeight(true);
        for (int c = 0; c < tab.columns().size(); c++) {
            keys.createCell(c).setCellValue(tab.columns().get(c).key());
            labels.createCell(c).setCellValue(tab.columns().get(c).labelNl());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < tab.columns().size(); c++) {
                String value = rows.get(r).get(tab.columns().get(c).key());
                if (value != null) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
    }

    private static void meta(XSSFWorkbook book, TemplateSchema schema, String projectId) {
        XSSFSheet sheet = book.createSheet(TemplateSchema.META_SHEET);
        cells(sheet.createRow(0), WorkbookMetadata.KEY_TEMPLATE_ID, schema.templateId());
        cells(sheet.createRow(1), WorkbookMetadata.KEY_TEMPLATE_VERSION, Integer.toString(schema.version()));
        cells(sheet.createRow(2), WorkbookMetadata.KEY_ORGANISATION, "Waterschap De Vliet");
        cells(sheet.createRow(3), WorkbookMetadata.KEY_PROJECT_ID, projectId);
        book.setSheetVisibility(book.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
