package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The straight path of a goal from its baseline to its target.
 *
 * @param baseValue   Basiswaarde, or null
 * @param baseYear    Basisjaar, or null
 * @param targetValue Streefwaarde (required)
 * @param targetYear  Streefjaar, or null
 */
public record GoalPath(BigDecimal baseValue, Integer baseYear, BigDecimal targetValue, Integer targetYear) {

    private static final int SCALE = 6;

    public GoalPath {
        Objects.requireNonNull(targetValue, "targetValue");
    }

    /** True when baseline, both years and a later target year are known, so there is a path over time. */
    public boolean hasPath() {
        return baseValue != null && baseYear != null && targetYear != null && targetYear > baseYear;
    }

    /**
     * The value expected in {@code year}: linear from the baseline in the base year to the target in the target
     * year, the baseline before the base year and the target from the target year on. Without a path, the target.
     */
    public BigDecimal expectedIn(int year) {
        if (!hasPath()) {
            return targetValue;
        }
        int clamped = Math.max(baseYear, Math.min(targetYear, year));
        BigDecimal share = BigDecimal.valueOf(clamped - baseYear)
                .divide(BigDecimal.valueOf(targetYear - baseYear), SCALE, RoundingMode.HALF_UP);
        return baseValue.add(targetValue.subtract(baseValue).multiply(share)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The distance the path covers: |target - baseline|, or |target| without a baseline. */
    public BigDecimal distance() {
        return baseValue == null ? targetValue.abs() : targetValue.subtract(baseValue).abs();
    }
}
