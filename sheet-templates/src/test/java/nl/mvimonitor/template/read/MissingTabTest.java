package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;

/** missing-tab: a team deleted tabs. */
class MissingTabTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void failsForATabWithRequiredColumnsAndWarnsForAnOptionalOne() {
        byte[] xlsx = TestWorkbook.template().removeSheet("Borging").removeSheet("Evaluatie").removeSheet("Controle")
                .toBytes();

        Submission submission = reader.read("missing-tab.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.TABBLAD_ONTBREEKT))
                .extracting(Finding::severity, Finding::sheet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.FOUT, "Borging"),
                        org.assertj.core.groups.Tuple.tuple(Severity.WAARSCHUWING, "Evaluatie"));
        assertThat(Findings.of(submission, RuleCode.TABBLAD_ONTBREEKT).get(0).message())
                .startsWith("Het tabblad 'Borging' ontbreekt");
        assertThat(submission.tab("Borging")).isEmpty();
        assertThat(submission.tab("Criteria")).isPresent();
    }

    @Test
    void reportsVisibleExtraSheetsButNotTheHiddenTemplateSheets() {
        byte[] xlsx = TestWorkbook.template().extraSheet("Aantekeningen").hiddenSheet("Hulpberekening").toBytes();

        Submission submission = reader.read("extra-tab.xlsx", xlsx);

        Finding extra = Findings.only(submission, RuleCode.TABBLAD_EXTRA);
        assertThat(extra.location()).isEqualTo("Aantekeningen!A1");
        assertThat(submission.findings()).hasSize(1);
    }
}
