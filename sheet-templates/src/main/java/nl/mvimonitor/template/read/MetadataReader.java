package nl.mvimonitor.template.read;

import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_ORGANISATION;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_PROJECT_ID;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_TEMPLATE_ID;
import static nl.mvimonitor.template.workbook.TemplateLayout.PROPERTY_TEMPLATE_VERSION;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.PersonalDataDetector;
import nl.mvimonitor.template.privacy.PersonalDataKind;
import nl.mvimonitor.template.schema.PrivacyCheck;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * The template metadata of a workbook: from the very hidden {@code _meta} sheet, each value falling back to the
 * custom document property ({@code MVI.TemplateId}, ...) when the sheet lacks it. The values come from the file, so
 * they are screened as cells are: one with personal data is dropped (its ProjectID would otherwise name the project
 * in every output, its template id be stored) and the file gets a finding that names no value.
 */
final class MetadataReader {

    private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

    private MetadataReader() {
    }

    /** The metadata without values that hold personal data; a finding is added to {@code findings} if any did. */
    static WorkbookMetadata read(OpenWorkbook book, List<Finding> findings) {
        Map<String, String> sheet = book.workbook().sheets().stream()
                .filter(s -> s.name().equalsIgnoreCase(TemplateSchema.META_SHEET))
                .findFirst()
                .map(s -> book.read(s, new MetaSheetReader()).values())
                .orElse(Map.of());
        Picker picker = new Picker(sheet, book.customProperties());
        String version = picker.pick(WorkbookMetadata.KEY_TEMPLATE_VERSION, PROPERTY_TEMPLATE_VERSION,
                PrivacyCheck.FREE_TEXT);
        WorkbookMetadata metadata = new WorkbookMetadata(
                picker.pick(WorkbookMetadata.KEY_TEMPLATE_ID, PROPERTY_TEMPLATE_ID, PrivacyCheck.FREE_TEXT),
                version(version),
                picker.pick(WorkbookMetadata.KEY_ORGANISATION, PROPERTY_ORGANISATION, PrivacyCheck.FREE_TEXT),
                // as the ProjectID cell is checked (schema: privacy NONE), so both agree on the same ID
                picker.pick(WorkbookMetadata.KEY_PROJECT_ID, PROPERTY_PROJECT_ID, PrivacyCheck.NONE));
        if (!picker.found.isEmpty()) {
            findings.add(finding(picker.found));
        }
        return metadata;
    }

    /** Picks each value from the sheet or the properties, and remembers what personal data it dropped. */
    private static final class Picker {

        private final Map<String, String> sheet;
        private final Map<String, String> properties;
        private final Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);

        Picker(Map<String, String> sheet, Map<String, String> properties) {
            this.sheet = sheet;
            this.properties = properties;
        }

        String pick(String key, String name, PrivacyCheck check) {
            String value = screened(sheet.get(key), check);
            if (value == null || value.isBlank()) {
                value = screened(properties.get(name), check);
            }
            return value == null || value.isBlank() ? null : value;
        }

        private String screened(String value, PrivacyCheck check) {
            List<PersonalDataKind> kinds = value == null ? List.of() : DETECTOR.inText(value, check);
            found.addAll(kinds);
            return kinds.isEmpty() ? value : null;
        }
    }

    private static Finding finding(Set<PersonalDataKind> kinds) {
        RuleCode rule = switch (kinds.iterator().next()) {
            case BSN -> RuleCode.PRIVACY_BSN;
            case EMAIL -> RuleCode.PRIVACY_EMAIL;
            case PHONE -> RuleCode.PRIVACY_TELEFOON;
            case IBAN -> RuleCode.PRIVACY_IBAN;
        };
        return new Finding(rule.severity(), rule.name(), null, "De verborgen sjabloongegevens van dit bestand (het"
                + " tabblad _meta of de documenteigenschappen) bevatten mogelijk persoonsgegevens (een BSN,"
                + " e-mailadres, telefoon- of rekeningnummer) en zijn daarom niet overgenomen. Vraag het MVI-team"
                + " om een nieuw projectblad en neem de gegevens daarin over.");
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
