package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;

/** moved-column.xlsx: a team dragged a column elsewhere; its key moved with it. */
class MovedColumnTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void reportsOnlyTheMovedColumnAndStillReadsItsValues() {
        int last = TestWorkbook.keys("Criteria").size() - 1;
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "weging_pct", 40, "omschrijving", "Elektrisch materieel")
                .move("Criteria", "weging_pct", last)
                .toBytes();

        Submission submission = reader.read("moved-column.xlsx", xlsx);

        Finding moved = Findings.only(submission, RuleCode.KOLOM_VERPLAATST);
        assertThat(moved.severity()).isEqualTo(Severity.WAARSCHUWING);
        assertThat(moved.location()).isEqualTo("Criteria!K2");
        assertThat(moved.message()).contains("'Weging %'").contains("na 'Ambitieniveau'");
        RawCell weight = submission.tab("Criteria").orElseThrow().rows().get(0).cell("weging_pct").orElseThrow();
        assertThat(weight.ref().cell()).isEqualTo("K3");
        assertThat(weight.number()).isEqualTo(40.0);
        RawCell description = submission.tab("Criteria").orElseThrow().rows().get(0).cell("omschrijving").orElseThrow();
        assertThat(description.ref().cell()).isEqualTo("J3");
        assertThat(submission.findings()).hasSize(1);
    }

    @Test
    void reportsASwapOfTwoColumnsOnce() {
        byte[] xlsx = TestWorkbook.template().move("Criteria", "thema", 0).toBytes();

        Submission submission = reader.read("moved-column.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.KOLOM_VERPLAATST)).hasSize(1);
    }

    @Test
    void reportsAMovedFormFieldRow() {
        byte[] xlsx = TestWorkbook.template()
                .row("Project", "fase", "AANBESTEDEN")
                .move("Project", "fase", 0)
                .toBytes();

        Submission submission = reader.read("moved-column.xlsx", xlsx);

        Finding moved = Findings.only(submission, RuleCode.KOLOM_VERPLAATST);
        assertThat(moved.location()).isEqualTo("Project!B2");
        assertThat(moved.message()).contains("Het veld 'Fase'").contains("onder 'Organisatieonderdeel'");
        RawCell phase = submission.tab("Project").orElseThrow().single().cell("fase").orElseThrow();
        assertThat(phase.ref().a1()).isEqualTo("Project!C2");
        assertThat(phase.text()).isEqualTo("AANBESTEDEN");
    }
}
