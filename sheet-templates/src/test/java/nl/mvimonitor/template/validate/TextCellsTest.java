package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;

class TextCellsTest {

    private static String kvk(ValidatedSubmission result) {
        return result.single("Project").orElseThrow().text("leverancier_kvk");
    }

    @Test
    void flagsPatternMismatchWithTheSchemasHint() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "cpv_code", "45233140"));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PATROON");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Project!C7");
        assertThat(finding.message()).isEqualTo("Project!C7: 'CPV-code' heeft niet de voorgeschreven vorm: 8 cijfers, "
                + "een streepje en 1 controlecijfer, bijvoorbeeld 45233140-2.");
        assertThat(result.single("Project").orElseThrow().values()).doesNotContainKey("cpv_code");
    }

    @Test
    void convertsKvkTypedAsNumberWithoutDecimals() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "leverancier_kvk", 12345678));

        assertThat(result.findings()).isEmpty();
        assertThat(kvk(result)).isEqualTo("12345678");
    }

    @Test
    void saysWhenKvkTypedAsNumberLostItsLeadingZero() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "leverancier_kvk", 1234567));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PATROON");
        assertThat(finding.location()).isEqualTo("Project!C21");
        assertThat(finding.message()).contains("8 cijfers", "voorloopnul is weggevallen (7 in plaats van 8 cijfers)")
                .doesNotContain("1234567");
        assertThat(kvk(result)).isNull();
    }

    @Test
    void keepsTextTrimmed() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "projectnaam", "  Stationsplein "));

        assertThat(result.single("Project").orElseThrow().text("projectnaam")).isEqualTo("Stationsplein");
    }
}
