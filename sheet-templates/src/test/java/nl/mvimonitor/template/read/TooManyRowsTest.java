package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;

/** too-many-rows: more data rows than the tab's maxRows; the first maxRows are kept. */
class TooManyRowsTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void keepsTheFirstMaxRowsAndReportsTheFirstRowNotRead() {
        int maxRows = TestWorkbook.SCHEMA.requireTab("Doelen").maxRows();
        TestWorkbook workbook = TestWorkbook.template();
        for (int i = 1; i <= maxRows + 2; i++) {
            workbook.row("Doelen", "doel_id", "D" + i);
        }

        Submission submission = reader.read("too-many-rows.xlsx", workbook.toBytes());

        Finding tooMany = Findings.only(submission, RuleCode.TE_VEEL_RIJEN);
        assertThat(tooMany.severity()).isEqualTo(Severity.FOUT);
        int firstDropped = maxRows + SheetLayout.FIRST_DATA_ROW;
        assertThat(tooMany.location()).isEqualTo("Doelen!A" + firstDropped);
        assertThat(tooMany.message()).contains("502 rijen").contains("maximaal 500").contains("vanaf rij 503");
        SubmittedTab goals = submission.tab("Doelen").orElseThrow();
        assertThat(goals.rows()).hasSize(maxRows);
        assertThat(goals.rows().get(maxRows - 1).cell("doel_id").orElseThrow().text()).isEqualTo("D" + maxRows);
    }
}
