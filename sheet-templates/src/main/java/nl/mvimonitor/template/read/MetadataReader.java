package nl.mvimonitor.template.read;

import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_ORGANISATION;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_PROJECT_ID;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_TEMPLATE_ID;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_TEMPLATE_VERSION;

import java.math.BigDecimal;
import java.util.Map;

import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * The template metadata of a workbook: from the very hidden {@code _meta} sheet, each value falling back to the
 * custom document property ({@code MVI.TemplateId}, ...) when the sheet lacks it.
 */
final class MetadataReader {

    private MetadataReader() {
    }

    static WorkbookMetadata read(OpenWorkbook book) {
        Map<String, String> sheet = book.workbook().sheets().stream()
                .filter(s -> s.name().equalsIgnoreCase(TemplateSchema.META_SHEET))
                .findFirst()
                .map(s -> book.read(s, new MetaSheetReader()).values())
                .orElse(Map.of());
        Map<String, String> properties = book.customProperties();
        String version = pick(sheet, WorkbookMetadata.KEY_TEMPLATE_VERSION, properties, PROPERTY_TEMPLATE_VERSION);
        return new WorkbookMetadata(
                pick(sheet, WorkbookMetadata.KEY_TEMPLATE_ID, properties, PROPERTY_TEMPLATE_ID),
                version(version),
                pick(sheet, WorkbookMetadata.KEY_ORGANISATION, properties, PROPERTY_ORGANISATION),
                pick(sheet, WorkbookMetadata.KEY_PROJECT_ID, properties, PROPERTY_PROJECT_ID));
    }

    private static String pick(Map<String, String> sheet, String key, Map<String, String> properties, String name) {
        String value = sheet.get(key);
        if (value == null || value.isBlank()) {
            value = properties.get(name);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** "1", "1.0" or a number cell's "1"; anything else is no version. */
    private static Integer version(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
