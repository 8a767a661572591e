package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.finding.Severity.WAARSCHUWING;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;

class NumberCellsTest {

    private static ValidatedSubmission withEstimate(Object value) {
        return validate(SubmissionBuilder.valid().form("Project", "geraamde_waarde", value));
    }

    private static BigDecimal estimate(ValidatedSubmission result) {
        return result.single("Project").orElseThrow().number("geraamde_waarde");
    }

    @Test
    void readsNumberCells() {
        ValidatedSubmission result = withEstimate(1234.5);

        assertThat(result.findings()).isEmpty();
        assertThat(estimate(result)).isEqualByComparingTo("1234.5");
    }

    @Test
    void readsDutchNumberTypedAsTextWithWarning() {
        ValidatedSubmission result = withEstimate("1.234,56");
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("GETAL_ALS_TEKST");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Project!C9");
        assertThat(finding.message()).startsWith("Project!C9: 'Geraamde waarde (EUR excl. btw)' is als tekst ingevoerd")
                .contains("typ hem als getal").doesNotContain("1.234,56");
        assertThat(estimate(result)).isEqualByComparingTo("1234.56");
    }

    @Test
    void readsEuroAmountTypedAsText() {
        ValidatedSubmission result = withEstimate("€ 1.234");

        assertThat(onlyFinding(result).rule()).isEqualTo("GETAL_ALS_TEKST");
        assertThat(estimate(result)).isEqualByComparingTo("1234");
    }

    @Test
    void readsPercentageTypedAsText() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Criteria", 0, "weging_pct", "12,5%"));

        assertThat(onlyFinding(result).location()).isEqualTo("Criteria!G3");
        assertThat(result.rows("Criteria").get(0).number("weging_pct")).isEqualByComparingTo("12.5");
    }

    @Test
    void readsPlainDigitsTypedAsTextWithWarning() {
        ValidatedSubmission result = withEstimate("1234");

        assertThat(onlyFinding(result).rule()).isEqualTo("GETAL_ALS_TEKST");
        assertThat(estimate(result)).isEqualByComparingTo("1234");
    }

    @Test
    void readsSingleDotWithThreeDigitsAsThousandsAndSaysSo() {
        ValidatedSubmission result = withEstimate("1.500");

        assertThat(estimate(result)).isEqualByComparingTo("1500");
        assertThat(onlyFinding(result).message()).contains("gelezen als scheiding van duizendtallen");
    }

    @Test
    void readsAmbiguousOneDotFiveAsDecimalPointAndSaysSo() {
        ValidatedSubmission result = withEstimate("1.5");

        assertThat(estimate(result)).isEqualByComparingTo("1.5");
        assertThat(onlyFinding(result).rule()).isEqualTo("GETAL_ALS_TEKST");
        assertThat(onlyFinding(result).message()).contains("gelezen als decimaalteken");
    }

    @Test
    void refusesEnglishThousandsNotation() {
        ValidatedSubmission result = withEstimate("1,234.56");
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_GETAL");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(estimate(result)).isNull();
    }

    @Test
    void refusesTextInNumberColumn() {
        ValidatedSubmission result = withEstimate("ongeveer een miljoen");
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_GETAL");
        assertThat(finding.location()).isEqualTo("Project!C9");
        assertThat(finding.message()).doesNotContain("miljoen");
        assertThat(estimate(result)).isNull();
    }

    @Test
    void refusesBooleanInNumberColumn() {
        assertThat(onlyFinding(withEstimate(Boolean.TRUE)).rule()).isEqualTo("TYPE_GETAL");
    }

    @Test
    void requiresWholeNumbersInIntegerColumn() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .cell("Borging", 0, "type", "CO2-ladder")
                .cell("Borging", 0, "ladder_versie", "3.1")
                .cell("Borging", 0, "ladder_niveau", 2.5));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_GETAL");
        assertThat(finding.location()).isEqualTo("Borging!J3");
        assertThat(finding.message()).contains("geheel getal");
        assertThat(result.rows("Borging").get(0).values()).doesNotContainKey("ladder_niveau");
    }

    @Test
    void scalesPercentFormattedCellToPercentage() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .cell("Criteria", 0, "weging_pct", SubmissionBuilder.shown(0.125, "12,5%")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.rows("Criteria").get(0).number("weging_pct")).isEqualByComparingTo("12.5");
    }

    @Test
    void flagsNumberOutOfRange() {
        ValidatedSubmission result = withEstimate(-5);
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("BEREIK");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Project!C9");
        assertThat(finding.message()).contains("moet 0 of meer zijn");
        assertThat(estimate(result)).isEqualByComparingTo("-5");
    }

    @Test
    void flagsPercentageAboveHundred() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Criteria", 0, "weging_pct", 120));
        Finding finding = Validation.withRule(result, "BEREIK").get(0);

        assertThat(finding.location()).isEqualTo("Criteria!G3");
        assertThat(finding.message()).isEqualTo("Criteria!G3: 'Weging %' moet tussen 0 en 100 liggen. Pas het getal aan.");
        // the total of the weights is a rule of its own
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("WEGING_TOTAAL", "BEREIK");
    }

    @Test
    void reportsFormulaError() {
        ValidatedSubmission result = withEstimate(SubmissionBuilder.error());
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("FORMULEFOUT");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Project!C9");
        assertThat(estimate(result)).isNull();
    }
}
