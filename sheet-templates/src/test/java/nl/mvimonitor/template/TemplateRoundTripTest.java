package nl.mvimonitor.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.read.SubmissionReader;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.SubmissionValidator;
import nl.mvimonitor.template.validate.ValidatedSubmission;
import nl.mvimonitor.template.workbook.FilledData;
import nl.mvimonitor.template.workbook.ProjectPrefill;
import nl.mvimonitor.template.workbook.TemplateWorkbookWriter;

/** The three parts of the template contract agree: what the writer writes, the reader binds and the validator accepts. */
class TemplateRoundTripTest {

    private final TemplateSchema schema = SchemaLoader.current();
    private final ProjectPrefill prefill = new ProjectPrefill("Gemeente Voorbeeld", "P-2026-001", "Nieuw gemaal", "Ruimte");

    @Test
    void blankTemplateCarriesItsMetadataAndAsksOnlyForTheMissingRequiredFields() throws IOException {
        ValidatedSubmission result = roundTrip(writeTemplate());

        assertThat(result.metadata().templateId()).isEqualTo("mvi-project");
        assertThat(result.metadata().templateVersion()).isEqualTo(1);
        assertThat(result.metadata().projectId()).isEqualTo("P-2026-001");
        assertThat(result.projectId()).isEqualTo("P-2026-001");
        assertThat(result.findings()).extracting(Finding::rule).containsOnly("VERPLICHT", "RIJEN_VERPLICHT");
        assertThat(result.findings()).extracting(f -> f.cell().a1())
                .contains("Project!C5", "Project!C6", "Project!C9");
        assertThat(result.single("Project").orElseThrow().text("projectnaam")).isEqualTo("Nieuw gemaal");
    }

    @Test
    void completeProjectInPreparationHasNoFindingsAndTypedValues() throws IOException {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("fase", "VOORBEREIDEN");
        project.put("opdrachtsoort", "werken");
        project.put("geraamde_waarde", 1_250_000.50);
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("doel_id", "D1");
        goal.put("thema", "KLI - Klimaat (mitigatie)");
        goal.put("indicator", "Vermeden CO2-uitstoot");
        goal.put("eenheid", "t CO2-eq");
        goal.put("doelwaarde", 120);
        goal.put("peildatum", LocalDate.of(2028, 12, 31));
        FilledData data = new FilledData(Map.of("Project", List.of(project), "Doelen", List.of(goal)));

        ValidatedSubmission result = roundTrip(writeFilled(data));

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(SubmissionStatus.OK);
        assertThat(result.single("Project").orElseThrow().number("geraamde_waarde"))
                .isEqualByComparingTo(new BigDecimal("1250000.5"));
        assertThat(result.rows("Doelen").get(0).text("thema")).isEqualTo("KLI");
        assertThat(result.rows("Doelen").get(0).date("peildatum")).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(result.rows("Doelen").get(0).rowNumber()).isEqualTo(3);
    }

    private ValidatedSubmission roundTrip(byte[] workbook) {
        Submission submission = new SubmissionReader(schema).read("P-2026-001.xlsx", workbook);
        assertThat(submission.quarantined()).as("quarantined: %s", submission.findings()).isFalse();
        return new SubmissionValidator(schema).validate(submission);
    }

    private byte[] writeTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWorkbookWriter(schema).writeTemplate(prefill, out);
        return out.toByteArray();
    }

    private byte[] writeFilled(FilledData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWorkbookWriter(schema).writeFilled(prefill, data, out);
        return out.toByteArray();
    }
}
