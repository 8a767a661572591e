package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;

/** renamed-column.xlsx: a team changed a header text; the key row still identifies the column. */
class RenamedColumnTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void bindsARenamedColumnByKeyAndSaysHowToRestoreTheHeader() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "weging_pct", 30)
                .relabel("Criteria", "weging_pct", "Gewicht van het criterium")
                .toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        Finding renamed = Findings.only(submission, RuleCode.KOLOM_HERNOEMD);
        assertThat(renamed.severity()).isEqualTo(Severity.WAARSCHUWING);
        assertThat(renamed.location()).isEqualTo("Criteria!G2");
        assertThat(renamed.message()).isEqualTo("De kolomkop in Criteria!G2 is gewijzigd; de kolom is herkend als "
                + "'Weging %'. Zet de kop terug naar 'Weging %'.");
        assertThat(renamed.message()).doesNotContain("Gewicht");
        SubmittedTab criteria = submission.tab("Criteria").orElseThrow();
        assertThat(criteria.rows().get(0).cell("weging_pct").orElseThrow().ref().a1()).isEqualTo("Criteria!G3");
        assertThat(criteria.rows().get(0).cell("weging_pct").orElseThrow().number()).isEqualTo(30.0);
    }

    @Test
    void bindsARenamedFormFieldByKey() {
        byte[] xlsx = TestWorkbook.template().row("Project", "fase", "UITVOEREN").relabel("Project", "fase", "Status")
                .toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        Finding renamed = Findings.only(submission, RuleCode.KOLOM_HERNOEMD);
        assertThat(renamed.location()).isEqualTo("Project!B5");
        assertThat(renamed.message()).isEqualTo("De veldnaam in Project!B5 is gewijzigd; het veld is herkend als "
                + "'Fase'. Zet de tekst terug naar 'Fase'.");
        assertThat(submission.tab("Project").orElseThrow().single().cell("fase").orElseThrow().text())
                .isEqualTo("UITVOEREN");
    }

    @Test
    void ignoresDifferencesInCaseAndSpacing() {
        byte[] xlsx = TestWorkbook.template().relabel("Criteria", "weging_pct", "  weging   %").toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        assertThat(submission.findings()).isEmpty();
    }

    @Test
    void bindsByAliasWhenTheKeyIsGoneAndReportsTheRename() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "weging_pct", 25)
                .rekey("Criteria", "weging_pct", "")
                .relabel("Criteria", "", "Weging (%)")
                .toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.KOLOM_HERNOEMD).location()).isEqualTo("Criteria!G2");
        assertThat(submission.tab("Criteria").orElseThrow().rows().get(0).cell("weging_pct").orElseThrow().number())
                .isEqualTo(25.0);
    }

    @Test
    void bindsByEnglishLabelWithoutAFinding() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "weging_pct", 25)
                .rekey("Criteria", "weging_pct", "")
                .relabel("Criteria", "", "Weight %")
                .toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        assertThat(submission.findings()).isEmpty();
        assertThat(submission.tab("Criteria").orElseThrow().columnCells()).containsKey("weging_pct");
    }

    @Test
    void aHeaderThatMatchesNothingAndHasNoKeyIsExtraAndTheColumnMissing() {
        byte[] xlsx = TestWorkbook.template()
                .rekey("Criteria", "weging_pct", "")
                .relabel("Criteria", "", "Gewicht")
                .toBytes();

        Submission submission = reader.read("renamed-column.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.KOLOM_EXTRA).location()).isEqualTo("Criteria!G2");
        assertThat(Findings.only(submission, RuleCode.KOLOM_ONTBREEKT).message()).contains("'Weging %'");
    }
}
