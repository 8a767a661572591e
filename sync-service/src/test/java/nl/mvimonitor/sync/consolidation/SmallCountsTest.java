package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import nl.mvimonitor.template.workbook.SpreadsheetText;

class SmallCountsTest {

    @Test
    void masksCountsFromOneToFourOnly() {
        assertThat(SmallCounts.mask(BigDecimal.ZERO)).isEmpty();
        assertThat(SmallCounts.mask(BigDecimal.ONE)).hasValue("<5");
        assertThat(SmallCounts.mask(BigDecimal.valueOf(4))).hasValue("<5");
        assertThat(SmallCounts.mask(BigDecimal.valueOf(5))).isEmpty();
        assertThat(SmallCounts.mask(null)).isEmpty();
    }

    @Test
    void appliesToSroiPlacementsOnly() {
        assertThat(SmallCounts.isPersonCount("SROI", "aantal_plaatsingen")).isTrue();
        assertThat(SmallCounts.isPersonCount("SROI", "uren")).isFalse();
        assertThat(SmallCounts.isPersonCount("Realisatie", "aantal_plaatsingen")).isFalse();
    }

    @Test
    void quotesTextThatExcelCouldTakeForAFormula() {
        assertThat(SpreadsheetText.needsQuotePrefix("=SUM(A1)")).isTrue();
        assertThat(SpreadsheetText.needsQuotePrefix("+A1")).isTrue();
        assertThat(SpreadsheetText.needsQuotePrefix("-5")).isTrue();
        assertThat(SpreadsheetText.needsQuotePrefix("@user")).isTrue();
        assertThat(SpreadsheetText.needsQuotePrefix("Gemaal 5")).isFalse();
        assertThat(SpreadsheetText.needsQuotePrefix("")).isFalse();
    }
}
