package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The facts file gives back exactly what was written, and refuses what it did not write. */
class SubmissionFactsFormatTest {

    @Test
    void readsBackEveryValueWithItsScale() throws IOException {
        SubmissionFacts facts = sample();
        SubmissionFacts back = SubmissionFactsFormat.decode(SubmissionFactsFormat.encode(facts));

        assertThat(back.project()).isEqualTo(facts.project());
        assertThat(back.criteria()).isEqualTo(facts.criteria());
        assertThat(back.clauses()).isEqualTo(facts.clauses());
        assertThat(back.clauses().get(0).sroiObligation().scale()).isEqualTo(-3);
        assertThat(back.criteria().get(0).weight().scale()).isEqualTo(2);
        assertThat(back.effects().keySet()).containsExactlyElementsOf(facts.effects().keySet());
        EffectTotals totals = back.effects().get(new SubmissionFacts.ThemeYear("KLI", 2025));
        assertThat(totals.co2Planned()).isNull();
        assertThat(totals.co2Realised()).isEqualTo(new BigDecimal("0.02"));
        assertThat(totals.hasCo2()).isTrue();
        assertThat(totals.rows()).isEqualTo(1);
        assertThat(totals.withEvidence()).isEqualTo(1);
        assertThat(totals.estimated()).isZero();
        assertThat(SubmissionFactsFormat.encode(back)).isEqualTo(SubmissionFactsFormat.encode(facts));
    }

    @Test
    void keepsTextsLongerThanWriteUtfAllowsAndOddCharacters() throws IOException {
        String longText = "é".repeat(40_000);
        String loneSurrogate = "C\uD800";
        SubmissionFacts facts = new SubmissionFacts(new SubmissionFacts.ProjectFields(null, null, longText),
                List.of(new CriterionFact(loneSurrogate, null, 0, null, null)), List.of(), Map.of());

        SubmissionFacts back = SubmissionFactsFormat.decode(SubmissionFactsFormat.encode(facts));

        assertThat(back.project().phaseCode()).isEqualTo(longText);
        assertThat(back.project().datedYear()).isNull();
        assertThat(back.criteria().get(0).id()).isEqualTo(loneSurrogate);
    }

    @Test
    void keepsASubmissionWithoutProjectRow() throws IOException {
        SubmissionFacts back = SubmissionFactsFormat.decode(SubmissionFactsFormat.encode(SubmissionFacts.NONE));
        assertThat(back.project()).isNull();
        assertThat(back.criteria()).isEmpty();
        assertThat(back.effects()).isEmpty();
    }

    @Test
    void refusesACutOffFileTrailingBytesAndAnotherVersion() {
        byte[] bytes = SubmissionFactsFormat.encode(sample());
        for (int length : new int[] {0, 3, 8, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> SubmissionFactsFormat.decode(Arrays.copyOf(bytes, length)))
                    .as("cut at %d", length).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> SubmissionFactsFormat.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IOException.class);
        byte[] otherVersion = bytes.clone();
        ByteBuffer.wrap(otherVersion).putInt(4, SubmissionFactsFormat.VERSION + 1);
        assertThatThrownBy(() -> SubmissionFactsFormat.decode(otherVersion)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesADamagedNumberOrLength() {
        SubmissionFacts facts = new SubmissionFacts(new SubmissionFacts.ProjectFields(2025, new BigDecimal("12"), "X"),
                List.of(), List.of(), Map.of());
        byte[] bytes = SubmissionFactsFormat.encode(facts);
        // magic, version, has project, dated, year, then the value's length (2) and chars '1' '2'
        byte[] badNumber = bytes.clone();
        ByteBuffer.wrap(badNumber).putChar(8 + 1 + 1 + 4 + 4, 'x');
        assertThatThrownBy(() -> SubmissionFactsFormat.decode(badNumber)).isInstanceOf(IOException.class);
        byte[] badLength = bytes.clone();
        ByteBuffer.wrap(badLength).putInt(8 + 1 + 1 + 4, Integer.MAX_VALUE);
        assertThatThrownBy(() -> SubmissionFactsFormat.decode(badLength)).isInstanceOf(IOException.class);
    }

    private static SubmissionFacts sample() {
        Map<SubmissionFacts.ThemeYear, EffectTotals> effects = new LinkedHashMap<>();
        EffectTotals co2 = new EffectTotals();
        co2.addCo2(null, new BigDecimal("20").divide(BigDecimal.valueOf(1000)));
        co2.addRowQuality(true, false, true);
        effects.put(new SubmissionFacts.ThemeYear("KLI", 2025), co2);
        EffectTotals sroi = new EffectTotals();
        sroi.addSroi(new BigDecimal("1E+3"), null);
        effects.put(new SubmissionFacts.ThemeYear(null, 2024), sroi);
        return new SubmissionFacts(new SubmissionFacts.ProjectFields(2025, new BigDecimal("1000000.00"), "UITVOEREN"),
                List.of(new CriterionFact("C1", "KLI", 3, "gunningscriterium", new BigDecimal("12.50")),
                        new CriterionFact(null, null, 0, null, null)),
                List.of(new ClauseFact("SROI", null, new BigDecimal("5E+3"), null),
                        new ClauseFact("MKI", "KLI", null, new BigDecimal("-0.5"))),
                effects);
    }
}
