package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmissionRow;

/** extra-column.xlsx: a team inserted a column of their own in the middle of a table. */
class ExtraColumnTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void reportsTheInsertedColumnWithoutQuotingItsHeaderAndMovesNothing() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "Contactpersoon Jan Jansen", "jan@example.nl", "weging_pct", 20)
                .insert("Criteria", 2, "Contactpersoon Jan Jansen")
                .toBytes();

        Submission submission = reader.read("extra-column.xlsx", xlsx);

        Finding extra = Findings.only(submission, RuleCode.KOLOM_EXTRA);
        assertThat(extra.location()).isEqualTo("Criteria!C2");
        assertThat(extra.message()).doesNotContain("Jan").doesNotContain("Contactpersoon");
        assertThat(Findings.of(submission, RuleCode.KOLOM_VERPLAATST)).isEmpty();
        assertThat(submission.findings()).hasSize(1);
        SubmissionRow row = submission.tab("Criteria").orElseThrow().rows().get(0);
        assertThat(row.cell("weging_pct").orElseThrow().ref().cell()).isEqualTo("H3");
        assertThat(row.cells().values()).noneMatch(c -> c.text().contains("@"));
    }

    @Test
    void reportsAnExtraFormRowWithAValueButNoLabel() {
        byte[] xlsx = TestWorkbook.template().cell("Project", "C30", "los getypte waarde").toBytes();

        Submission submission = reader.read("extra-column.xlsx", xlsx);

        Finding extra = Findings.only(submission, RuleCode.KOLOM_EXTRA);
        assertThat(extra.location()).isEqualTo("Project!B30");
        assertThat(extra.message()).doesNotContain("los getypte");
    }
}
