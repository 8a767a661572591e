package nl.mvimonitor.template.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbooks with the writer under test and opens them again with XSSF, as Excel would read them. */
final class GeneratedWorkbooks {

    static final TemplateSchema SCHEMA = SchemaLoader.current();
    static final Instant GENERATED_AT = Instant.parse("2025-06-30T08:00:00Z");
    static final TemplateWorkbookWriter WRITER =
            new TemplateWorkbookWriter(SCHEMA, Clock.fixed(GENERATED_AT, ZoneOffset.UTC));

    private GeneratedWorkbooks() {
    }

    static byte[] templateBytes(ProjectPrefill prefill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WRITER.writeTemplate(prefill, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] filledBytes(ProjectPrefill prefill, FilledData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WRITER.writeFilled(prefill, data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TabSchema tab(String key) {
        return SCHEMA.requireTab(key);
    }

    /** The value cell of a FORM field, found by its position in the schema. */
    static XSSFCell formValue(XSSFWorkbook workbook, String tabKey, String fieldKey) {
        TabSchema tab = tab(tabKey);
        XSSFSheet sheet = workbook.getSheet(tab.sheetName());
        return sheet.getRow(TemplateLayout.formRow(tab.indexOf(fieldKey))).getCell(TemplateLayout.FORM_VALUE_COLUMN);
    }

    /** A data cell of a TABLE tab: {@code dataRow} 0 is the first data row. */
    static XSSFCell tableCell(XSSFWorkbook workbook, String tabKey, int dataRow, String columnKey) {
        TabSchema tab = tab(tabKey);
        XSSFSheet sheet = workbook.getSheet(tab.sheetName());
        return sheet.getRow(TemplateLayout.TABLE_FIRST_DATA_ROW + dataRow).getCell(tab.indexOf(columnKey));
    }
}
