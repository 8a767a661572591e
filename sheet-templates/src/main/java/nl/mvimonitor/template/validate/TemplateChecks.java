package nl.mvimonitor.template.validate;

import java.util.Locale;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * Checks what the workbook says about itself against the schema: that it was made from this template, in which
 * version, and for which project. Neither the file's template id nor its ProjectID is quoted: they are text from
 * the file.
 */
final class TemplateChecks {

    private final TemplateSchema schema;

    TemplateChecks(TemplateSchema schema) {
        this.schema = schema;
    }

    void check(WorkbookMetadata metadata, CheckedTab project, Findings findings) {
        checkTemplate(metadata, findings);
        if (project != null && metadata.projectId() != null && !project.rows().isEmpty()) {
            checkProjectId(metadata.projectId(), project.rows().get(0), findings);
        }
    }

    private void checkTemplate(WorkbookMetadata metadata, Findings findings) {
        if (metadata.templateId() == null || metadata.templateVersion() == null) {
            findings.add(RuleCode.SJABLOON_ONBEKEND, null, "Het bestand bevat geen (volledige) sjabloongegevens: "
                    + "het is niet gemaakt met het MVI-projectblad of de verborgen sjabloongegevens zijn verwijderd. "
                    + "Vraag het MVI-team om een nieuw projectblad en neem de gegevens daarin over.");
        } else if (!metadata.templateId().strip().equalsIgnoreCase(schema.templateId())) {
            findings.add(Severity.FOUT, RuleCode.SJABLOON_VERSIE.name(), null, "Het bestand is gemaakt met een ander "
                    + "sjabloon dan het MVI-projectblad (" + schema.templateId() + "). Vraag het MVI-team om een "
                    + "projectblad en neem de gegevens daarin over.");
        } else if (metadata.templateVersion() > schema.version()) {
            findings.add(Severity.FOUT, RuleCode.SJABLOON_VERSIE.name(), null, "Het bestand is gemaakt met versie "
                    + metadata.templateVersion() + " van het sjabloon, maar deze MVI-monitor kent tot en met versie "
                    + schema.version() + ". Het blad kan niet betrouwbaar worden gecontroleerd; meld dit aan het "
                    + "MVI-team.");
        } else if (metadata.templateVersion() < schema.version()) {
            findings.add(Severity.WAARSCHUWING, RuleCode.SJABLOON_VERSIE.name(), null, "Het bestand is gemaakt met "
                    + "versie " + metadata.templateVersion() + " van het sjabloon; de huidige versie is "
                    + schema.version() + ". Vraag het MVI-team om het blad bij te werken naar de nieuwe versie.");
        }
    }

    private static void checkProjectId(String expected, CheckedRow project, Findings findings) {
        Object found = project.value(ProjectFacts.PROJECT_ID);
        if (found == null || normalised(found.toString()).equals(normalised(expected))) {
            return;
        }
        findings.add(RuleCode.PROJECT_ID_AFWIJKEND, project.cell(ProjectFacts.PROJECT_ID), "'ProjectID' wijkt af van "
                + "de ProjectID waarvoor dit blad is gemaakt. Zet de oorspronkelijke ProjectID terug; gaat het om een "
                + "ander project, vraag dan het MVI-team om een eigen blad.");
    }

    private static String normalised(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
