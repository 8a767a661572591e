package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;

/** renamed-tab.xlsx: a team renamed a tab; its content still identifies it. */
class RenamedTabTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void bindsARenamedTabByContentAndNamesBothSheets() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1")
                .renameSheet("Criteria", "Criteria 2025")
                .toBytes();

        Submission submission = reader.read("renamed-tab.xlsx", xlsx);

        Finding renamed = Findings.only(submission, RuleCode.TABBLAD_HERNOEMD);
        assertThat(renamed.severity()).isEqualTo(Severity.WAARSCHUWING);
        assertThat(renamed.location()).isEqualTo("'Criteria 2025'!A1");
        assertThat(renamed.message()).isEqualTo("Het tabblad 'Criteria 2025' is herkend als 'Criteria', maar heeft "
                + "een andere naam. Geef het tabblad weer de naam 'Criteria'.");
        assertThat(Findings.of(submission, RuleCode.TABBLAD_ONTBREEKT)).isEmpty();
        assertThat(Findings.of(submission, RuleCode.TABBLAD_EXTRA)).isEmpty();
        SubmittedTab criteria = submission.tab("Criteria").orElseThrow();
        assertThat(criteria.sheetName()).isEqualTo("Criteria 2025");
        assertThat(criteria.rows().get(0).cell("criterium_id").orElseThrow().ref().a1())
                .isEqualTo("'Criteria 2025'!A3");
    }

    @Test
    void bindsAFormTabByItsKeyColumn() {
        byte[] xlsx = TestWorkbook.template().row("Project", "project_id", "P-9").renameSheet("Project", "Blad1")
                .toBytes();

        Submission submission = reader.read("renamed-tab.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.TABBLAD_HERNOEMD).location()).isEqualTo("Blad1!A1");
        assertThat(submission.tab("Project").orElseThrow().single().cell("project_id").orElseThrow().ref().a1())
                .isEqualTo("Blad1!C2");
    }

    @Test
    void bindsByEnglishNameAsARename() {
        byte[] xlsx = TestWorkbook.template().renameSheet("Realisatie", "Results").toBytes();

        Submission submission = reader.read("renamed-tab.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.TABBLAD_HERNOEMD).message()).contains("'Results'")
                .contains("'Realisatie'");
        assertThat(submission.tab("Realisatie").orElseThrow().sheetName()).isEqualTo("Results");
    }
}
