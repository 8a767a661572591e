package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RagRuleTest {

    // higher is better: 50 in 2020 to 100 in 2030; in 2025 halfway: 75; 10% of the distance 50 is 5
    private static final GoalPath UP = new GoalPath(n("50"), 2020, n("100"), 2030);
    // lower is better: 60 in 2024 to 20 in 2028; in 2026 halfway: 40; 10% of the distance 40 is 4
    private static final GoalPath DOWN = new GoalPath(n("60"), 2024, n("20"), 2028);

    @Test
    void expectsTheValueOnTheStraightPathAndClampsOutsideIt() {
        assertThat(UP.expectedIn(2025)).isEqualByComparingTo("75");
        assertThat(UP.expectedIn(2021)).isEqualByComparingTo("55");
        assertThat(UP.expectedIn(2010)).isEqualByComparingTo("50");
        assertThat(UP.expectedIn(2035)).isEqualByComparingTo("100");
        assertThat(DOWN.expectedIn(2026)).isEqualByComparingTo("40");
    }

    @Test
    void judgesHigherIsBetterOnBothSidesOfTheThresholds() {
        assertThat(status(UP, true, "75")).isEqualTo(RagStatus.GROEN);      // reaches 75
        assertThat(status(UP, true, "80")).isEqualTo(RagStatus.GROEN);      // ahead
        assertThat(status(UP, true, "74.9")).isEqualTo(RagStatus.ORANJE);   // 0.1 behind
        assertThat(status(UP, true, "70")).isEqualTo(RagStatus.ORANJE);     // 5 behind = 10% of 50
        assertThat(status(UP, true, "69.9")).isEqualTo(RagStatus.ROOD);     // 5.1 behind
    }

    @Test
    void judgesLowerIsBetterOnBothSidesOfTheThresholds() {
        assertThat(status(DOWN, false, "40")).isEqualTo(RagStatus.GROEN);   // at 40
        assertThat(status(DOWN, false, "35")).isEqualTo(RagStatus.GROEN);   // below is better
        assertThat(status(DOWN, false, "44")).isEqualTo(RagStatus.ORANJE);  // 4 above = 10% of 40
        assertThat(status(DOWN, false, "44.1")).isEqualTo(RagStatus.ROOD);  // 4.1 above
        // the same value read as higher-is-better would be ahead of the path
        assertThat(status(DOWN, true, "44.1")).isEqualTo(RagStatus.GROEN);
    }

    @Test
    void comparesWithTheTargetWhenThereIsNoBaseline() {
        GoalPath target = new GoalPath(null, null, n("100"), 2030);
        assertThat(status(target, true, "100")).isEqualTo(RagStatus.GROEN);
        assertThat(status(target, true, "90")).isEqualTo(RagStatus.ORANJE);  // 10 behind = 10% of |100|
        assertThat(status(target, true, "89")).isEqualTo(RagStatus.ROOD);
    }

    @Test
    void isGreyWithoutGoalOrData() {
        assertThat(RagRule.status(null, true, 2025, n("75"))).isEqualTo(RagStatus.GRIJS);
        assertThat(RagRule.status(UP, true, 2025, null)).isEqualTo(RagStatus.GRIJS);
    }

    @Test
    void measuresHowFarAlongThePathTheRealisedValueIs() {
        // (62.5 - 50) / (100 - 50) = 25%; lower is better: (40 - 60) / (20 - 60) = 50%
        assertThat(RagRule.pathPercent(UP, n("62.5")).orElseThrow()).isEqualByComparingTo("25");
        assertThat(RagRule.pathPercent(DOWN, n("40")).orElseThrow()).isEqualByComparingTo("50");
        assertThat(RagRule.pathPercent(new GoalPath(n("5"), 2020, n("5"), 2030), n("5"))).isEmpty();
    }

    private static RagStatus status(GoalPath path, boolean higherIsBetter, String realised) {
        return RagRule.status(path, higherIsBetter, path == DOWN ? 2026 : 2025, n(realised));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
