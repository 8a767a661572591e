package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * The hidden template data (the _meta tab, or the custom document properties when it lacks a value) come from the
 * file like any cell: a crafted or edited file may put an e-mail address in its ProjectID, which would then name the
 * project in every output, or a phone number in its template id, which the store would keep.
 */
class MetadataWithPersonalDataTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void anEmailAddressAsProjectIdInTheDocumentPropertiesIsDroppedWithAFinding() {
        byte[] xlsx = TestWorkbook.template().meta("project_id", null)
                .property("MVI.ProjectId", "j.jansen@example.nl").toBytes();

        Submission submission = reader.read("P-2025-001.xlsx", xlsx);

        assertThat(submission.metadata().projectId()).isNull();
        assertThat(Findings.only(submission, RuleCode.PRIVACY_EMAIL).message()).doesNotContain("jansen")
                .contains("sjabloongegevens");
    }

    @Test
    void aPhoneNumberInTheMetaTabFallsBackToTheCleanDocumentProperty() {
        byte[] xlsx = TestWorkbook.template().meta("project_id", "bel 06-12345678")
                .property("MVI.ProjectId", "P-2025-001").toBytes();

        Submission submission = reader.read("P-2025-001.xlsx", xlsx);

        assertThat(submission.metadata().projectId()).isEqualTo("P-2025-001");
        assertThat(Findings.of(submission, RuleCode.PRIVACY_TELEFOON)).hasSize(1);
    }

    @Test
    void personalDataInTheTemplateIdVersionOrOrganisationIsNeverKept() {
        byte[] xlsx = TestWorkbook.template().meta("template_id", "mvi-project NL91ABNA0417164300")
                .meta("template_version", "123456782").meta("organisation", "p.pietersen@example.nl").toBytes();

        Submission submission = reader.read("P-2025-001.xlsx", xlsx);

        WorkbookMetadata metadata = submission.metadata();
        assertThat(metadata.templateId()).isNull();
        assertThat(metadata.templateVersion()).isNull();
        assertThat(metadata.organisation()).isNull();
        assertThat(metadata.projectId()).isEqualTo("P-2025-001");
        assertThat(submission.findings()).filteredOn(f -> f.rule().startsWith("PRIVACY_")).hasSize(1)
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("ABNA", "123456782", "pietersen"));
    }

    @Test
    void ordinaryTemplateDataIsKeptWithoutAFinding() {
        Submission submission = reader.read("P-2025-001.xlsx", TestWorkbook.template().toBytes());

        assertThat(submission.metadata()).isEqualTo(new WorkbookMetadata(TestWorkbook.SCHEMA.templateId(),
                TestWorkbook.SCHEMA.version(), "Waterschap De Vliet", "P-2025-001"));
        assertThat(submission.findings()).noneMatch(f -> f.rule().startsWith("PRIVACY_"));
    }
}
