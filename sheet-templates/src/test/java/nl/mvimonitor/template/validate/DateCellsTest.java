package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.finding.Severity.WAARSCHUWING;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.mvimonitor.template.finding.Finding;

class DateCellsTest {

    private static ValidatedSubmission withAwardDate(Object value) {
        return validate(SubmissionBuilder.valid().form("Project", "gunningsdatum", value));
    }

    private static LocalDate awardDate(ValidatedSubmission result) {
        return result.single("Project").orElseThrow().date("gunningsdatum");
    }

    @Test
    void readsDateFormattedSerial() {
        ValidatedSubmission result = withAwardDate(SubmissionBuilder.serial(45363, true));

        assertThat(result.findings()).isEmpty();
        assertThat(awardDate(result)).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void ignoresTimeOfDayInSerial() {
        assertThat(awardDate(withAwardDate(SubmissionBuilder.serial(45363.75, true)))).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void mapsSerialsAroundExcelLeapYearBug() {
        assertThat(awardDate(withAwardDate(SubmissionBuilder.serial(1, true)))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(awardDate(withAwardDate(SubmissionBuilder.serial(59, true)))).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(awardDate(withAwardDate(SubmissionBuilder.serial(61, true)))).isEqualTo(LocalDate.of(1900, 3, 1));
    }

    @Test
    void refusesSerialSixtyTheNonExistentLeapDay() {
        ValidatedSubmission result = withAwardDate(SubmissionBuilder.serial(60, true));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_DATUM");
        assertThat(finding.location()).isEqualTo("Project!C17");
        assertThat(awardDate(result)).isNull();
    }

    @Test
    void acceptsPlausibleSerialWithoutDateFormatWithWarning() {
        ValidatedSubmission result = withAwardDate(SubmissionBuilder.serial(45363, false));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("DATUM_ZONDER_OPMAAK");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Project!C17");
        assertThat(awardDate(result)).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void refusesImplausibleNumberWithoutDateFormat() {
        ValidatedSubmission result = withAwardDate(2024);

        assertThat(onlyFinding(result).rule()).isEqualTo("TYPE_DATUM");
        assertThat(awardDate(result)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-03-2024", "12/3/2024", "12.03.2024", "2024-03-12", "2024-03-12 00:00:00",
            "12 maart 2024", "12 mrt. 2024", "12 Maart 2024"})
    void readsDateTypedAsTextWithWarning(String text) {
        ValidatedSubmission result = withAwardDate(text);
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("DATUM_ALS_TEKST");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Project!C17");
        assertThat(finding.message()).doesNotContain(text);
        assertThat(awardDate(result)).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2024", "12-03-24", "binnenkort", "12 maartje 2024", "2024-13-01", "Q1 2024"})
    void refusesTextThatIsNoDate(String text) {
        ValidatedSubmission result = withAwardDate(text);
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("TYPE_DATUM");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.message()).doesNotContain(text);
        assertThat(awardDate(result)).isNull();
    }
}
