package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.finding.Severity.WAARSCHUWING;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.submission.WorkbookMetadata;

class TemplateChecksTest {

    private static ValidatedSubmission withMetadata(WorkbookMetadata metadata) {
        return validate(SubmissionBuilder.valid().metadata(metadata));
    }

    @Test
    void warnsWhenTemplateMetadataIsMissing() {
        ValidatedSubmission result = withMetadata(WorkbookMetadata.unknown());
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("SJABLOON_ONBEKEND");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.cell()).isNull();
        assertThat(result.status()).isEqualTo(SubmissionStatus.WAARSCHUWING);
        assertThat(result.projectId()).isEqualTo(SubmissionBuilder.PROJECT_ID);
    }

    @Test
    void refusesNewerTemplateVersion() {
        Finding finding = onlyFinding(withMetadata(new WorkbookMetadata("mvi-project", 2, "Org", "P-2025-001")));

        assertThat(finding.rule()).isEqualTo("SJABLOON_VERSIE");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.message()).contains("versie 2", "tot en met versie 1");
    }

    @Test
    void warnsAboutOlderTemplateVersion() {
        Finding finding = onlyFinding(withMetadata(new WorkbookMetadata("mvi-project", 0, "Org", "P-2025-001")));

        assertThat(finding.rule()).isEqualTo("SJABLOON_VERSIE");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
    }

    @Test
    void refusesOtherTemplate() {
        Finding finding = onlyFinding(withMetadata(new WorkbookMetadata("inkoopplan", 1, "Org", "P-2025-001")));

        assertThat(finding.rule()).isEqualTo("SJABLOON_VERSIE");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.message()).doesNotContain("inkoopplan");
    }

    @Test
    void warnsWhenProjectIdDiffersFromMetadata() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "project_id", "P-2025-999"));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PROJECT_ID_AFWIJKEND");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Project!C2");
        assertThat(finding.message()).doesNotContain("P-2025-999").doesNotContain("P-2025-001");
        assertThat(result.projectId()).isEqualTo("P-2025-999");
    }

    @Test
    void takesProjectIdFromMetadataWhenTheTabLacksIt() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "project_id", null));

        assertThat(onlyFinding(result).rule()).isEqualTo("VERPLICHT");
        assertThat(result.projectId()).isEqualTo(SubmissionBuilder.PROJECT_ID);
    }
}
