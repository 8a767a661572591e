package nl.mvimonitor.template.workbook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the workbook says about itself: the very hidden {@value TemplateSchema#META_SHEET} tab (column A key, column
 * B value, one row each, all values text) and the same four values as custom document properties. A value the
 * prefill leaves out is written as empty text, so every template carries every key.
 */
final class MetadataTab {

    private MetadataTab() {
    }

    static void write(XSSFWorkbook workbook, XSSFSheet sheet, TemplateSchema schema, ProjectPrefill prefill,
            Instant generatedAt, WorkbookStyles styles) {
        Map<String, String> values = values(schema, prefill);
        int row = 0;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            writeRow(sheet.createRow(row++), entry.getKey(), entry.getValue(), styles);
        }
        writeRow(sheet.createRow(row), TemplateLayout.META_GENERATED_AT, generatedAt.toString(), styles);
        SheetGuard.protectReadOnly(sheet);

        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(TemplateLayout.PROPERTY_TEMPLATE_ID, values.get(WorkbookMetadata.KEY_TEMPLATE_ID));
        custom.addProperty(TemplateLayout.PROPERTY_TEMPLATE_VERSION, values.get(WorkbookMetadata.KEY_TEMPLATE_VERSION));
        custom.addProperty(TemplateLayout.PROPERTY_ORGANISATION, values.get(WorkbookMetadata.KEY_ORGANISATION));
        custom.addProperty(TemplateLayout.PROPERTY_PROJECT_ID, values.get(WorkbookMetadata.KEY_PROJECT_ID));
        properties.getCoreProperties().setTitle(schema.titleNl());
        properties.getCoreProperties().setCreator("MVI-monitor");
    }

    private static Map<String, String> values(TemplateSchema schema, ProjectPrefill prefill) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(WorkbookMetadata.KEY_TEMPLATE_ID, schema.templateId());
        values.put(WorkbookMetadata.KEY_TEMPLATE_VERSION, Integer.toString(schema.version()));
        values.put(WorkbookMetadata.KEY_ORGANISATION, orEmpty(prefill.organisation()));
        values.put(WorkbookMetadata.KEY_PROJECT_ID, orEmpty(prefill.projectId()));
        return values;
    }

    private static void writeRow(XSSFRow row, String key, String value, WorkbookStyles styles) {
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
        row.getCell(1).setCellStyle(styles.key());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
