package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    private static CellText text(String value) {
        CellText text = new CellText(100);
        text.append(value.toCharArray(), 0, value.length());
        return text;
    }

    @Test
    void parsesPlainDecimalsExactlyLikeParseDouble() {
        for (String value : new String[] {"0", "-0", "95.5", "0.1", "0.3", "-1234.5678", "123456789012345",
            "0.0000000000001", "44927.5", "1.10"}) {
            assertThat(text(value).asDecimal()).as(value).isEqualTo(Double.parseDouble(value));
        }
    }

    @Test
    void leavesEverythingElseToParseDouble() {
        for (String value : new String[] {"1E-3", "1234567890123456", "0.000000000000001", "", "-", ".", "1.2.3", "+1", " 1", "NaN", "1e5"}) {
            assertThat(text(value).asDecimal()).as(value).isNaN();
        }
    }

    @Test
    void writesFractionsAsPlainTextWithoutRedundantZeros() {
        assertThat(text("95.5").plainDecimal()).isEqualTo("95.5");
        assertThat(text("007.50").plainDecimal()).isEqualTo("7.5");
        assertThat(text("-0.250").plainDecimal()).isEqualTo("-0.25");
        assertThat(text(".5").plainDecimal()).isEqualTo("0.5");
        assertThat(text("12345678.9").plainDecimal()).isEqualTo("12345678.9");
    }

    @Test
    void readsSharedStringIndexes() {
        assertThat(text(" 42 ").asIndex()).isEqualTo(42);
        assertThat(text("x").asIndex()).isEqualTo(-1);
        assertThat(text("99999999999").asIndex()).isEqualTo(-1);
    }

    @Test
    void refusesTextOverTheLimit() {
        CellText text = new CellText(3);

        assertThat(text.append("abc".toCharArray(), 0, 3)).isTrue();
        assertThat(text.append("d".toCharArray(), 0, 1)).isFalse();
        assertThat(text.raw()).isEqualTo("abc");
    }

    @Test
    void decodesExcelEscapes() {
        assertThat(CellText.decode("a_x000D_b")).isEqualTo("a\rb");
        assertThat(CellText.decode("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(CellText.decode("geen_xescape_")).isEqualTo("geen_xescape_");
    }
}
