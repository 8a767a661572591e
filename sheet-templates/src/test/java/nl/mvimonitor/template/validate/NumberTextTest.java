package nl.mvimonitor.template.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.validate.NumberText.Reading;

class NumberTextTest {

    private static String value(String text) {
        return NumberText.parse(text).map(p -> p.value().toPlainString()).orElse(null);
    }

    private static Reading reading(String text) {
        return NumberText.parse(text).map(NumberText.Parsed::reading).orElse(null);
    }

    @Test
    void readsCommaAsDecimalSeparator() {
        assertThat(value("12,5")).isEqualTo("12.5");
        assertThat(value("1234,56")).isEqualTo("1234.56");
        assertThat(value(",5")).isEqualTo("0.5");
    }

    @Test
    void readsDotsAndSpacesAsThousandsSeparators() {
        assertThat(value("1.234.567,89")).isEqualTo("1234567.89");
        assertThat(value("1 234 567")).isEqualTo("1234567");
        assertThat(value("1\u00a0234")).isEqualTo("1234");
        assertThat(reading("1.234.567")).isEqualTo(Reading.PLAIN);
    }

    @Test
    void readsSingleDotWithThreeDigitsAsThousands() {
        assertThat(value("1.500")).isEqualTo("1500");
        assertThat(reading("1.500")).isEqualTo(Reading.THOUSANDS_DOT);
    }

    @Test
    void readsOtherSingleDotsAsDecimalPoint() {
        assertThat(value("1.5")).isEqualTo("1.5");
        assertThat(value("12.50")).isEqualTo("12.5");
        assertThat(value("1234.567")).isEqualTo("1234.567");
        assertThat(reading("1.5")).isEqualTo(Reading.DECIMAL_DOT);
    }

    @Test
    void dropsCurrencyPercentAndSign() {
        assertThat(value("€ 1.234")).isEqualTo("1234");
        assertThat(value("1234 EUR")).isEqualTo("1234");
        assertThat(value("12,5%")).isEqualTo("12.5");
        assertThat(value("-12,5")).isEqualTo("-12.5");
        assertThat(value("€ -12")).isEqualTo("-12");
        assertThat(value("+7")).isEqualTo("7");
    }

    @Test
    void readsWholeEurosNotation() {
        assertThat(value("€ 1.500,-")).isEqualTo("1500");
        assertThat(reading("1.500,-")).isEqualTo(Reading.PLAIN);
    }

    @Test
    void refusesWhatIsNoDutchNumber() {
        assertThat(value("1,234.56")).isNull();
        assertThat(value("1,2,3")).isNull();
        assertThat(value("12 5")).isNull();
        assertThat(value("1e5")).isNull();
        assertThat(value("ca. 100")).isNull();
        assertThat(value("")).isNull();
        assertThat(value("-")).isNull();
        assertThat(value("--5")).isNull();
        assertThat(value(null)).isNull();
        assertThat(value("1.000".repeat(5_000))).isNull();
    }

    @Test
    void normalisesANumberCellAsItsDecimalTextWouldBe() {
        double[] numbers = {0, -0.0, 1, 1500, 1e7, 12_345_678, -42, 999_999_999_999_999d, 1e15, 1e16, 2e22, 95.5, 0.125,
            1e-7, 123456.789, Math.pow(2, 60)};
        for (double number : numbers) {
            assertThat(NumberText.normalised(number)).as("%s", number)
                    .isEqualTo(NumberText.normalised(BigDecimal.valueOf(number)));
        }
    }
}
