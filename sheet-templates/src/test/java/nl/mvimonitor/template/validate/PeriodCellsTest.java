package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.finding.Severity.WAARSCHUWING;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.mvimonitor.template.finding.Finding;

class PeriodCellsTest {

    private static ValidatedSubmission withPeriod(Object value) {
        return validate(SubmissionBuilder.valid().cell("Realisatie", 0, "periode", value));
    }

    private static String period(ValidatedSubmission result) {
        return result.rows("Realisatie").get(0).text("periode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-Q2", " 2025-Q4 "})
    void acceptsYearsAndQuarters(String text) {
        ValidatedSubmission result = withPeriod(text);

        assertThat(result.findings()).isEmpty();
        assertThat(period(result)).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-K2", "2025 Q2", "2025-q2", "2025Q2", "Q2 2025", "K2-2025"})
    void normalisesOtherQuarterNotationsWithWarning(String text) {
        ValidatedSubmission result = withPeriod(text);
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PERIODE_SCHRIJFWIJZE");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Realisatie!A3");
        assertThat(period(result)).isEqualTo("2025-Q2");
    }

    @Test
    void readsNumericYear() {
        ValidatedSubmission result = withPeriod(2025);

        assertThat(result.findings()).isEmpty();
        assertThat(period(result)).isEqualTo("2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q5", "voorjaar 2025", "25-Q2", "2025-H1", "3025"})
    void refusesTextThatIsNoPeriod(String text) {
        ValidatedSubmission result = withPeriod(text);
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_PERIODE");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Realisatie!A3");
        assertThat(period(result)).isNull();
    }

    @Test
    void refusesDateInPeriodColumn() {
        assertThat(onlyFinding(withPeriod(SubmissionBuilder.serial(45363, true))).rule()).isEqualTo("TYPE_PERIODE");
        assertThat(onlyFinding(withPeriod(2025.5)).rule()).isEqualTo("TYPE_PERIODE");
    }
}
