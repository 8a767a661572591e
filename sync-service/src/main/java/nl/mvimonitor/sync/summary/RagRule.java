package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The RAG rule of the board report.
 *
 * <ol>
 *   <li>Expected value: on the straight path from Basiswaarde (in Basisjaar) to Streefwaarde (in Streefjaar), at
 *       the KPI's reporting year (the latest year with data, not after the current year); before Basisjaar the
 *       baseline, from Streefjaar on the target. Without baseline or years the expected value is the target.</li>
 *   <li>Shortfall: expected minus realised for a KPI where higher is better, realised minus expected where lower
 *       is better.</li>
 *   <li>GROEN when the shortfall is 0 or less (the realised value reaches the expected value);
 *       ORANJE when the shortfall is at most 10% of the path distance |Streefwaarde - Basiswaarde| (without a
 *       baseline: of |Streefwaarde|); ROOD otherwise;
 *       GRIJS when there is no goal (no Streefwaarde) or no realised value.</li>
 * </ol>
 *
 * <p>"% van het pad" is how far the realised value has come from the baseline towards the target:
 * (realised - Basiswaarde) / (Streefwaarde - Basiswaarde) x 100; 100% means the target is reached. Without a
 * baseline it is realised / Streefwaarde x 100.
 */
public final class RagRule {

    /** ORANJE tolerance as a fraction of the path distance. */
    public static final BigDecimal AMBER_TOLERANCE = new BigDecimal("0.10");

    private RagRule() {
    }

    public static RagStatus status(GoalPath path, boolean higherIsBetter, int year, BigDecimal realised) {
        if (path == null || realised == null) {
            return RagStatus.GRIJS;
        }
        BigDecimal expected = path.expectedIn(year);
        BigDecimal shortfall = higherIsBetter ? expected.subtract(realised) : realised.subtract(expected);
        if (shortfall.signum() <= 0) {
            return RagStatus.GROEN;
        }
        BigDecimal tolerance = path.distance().multiply(AMBER_TOLERANCE);
        return shortfall.compareTo(tolerance) <= 0 ? RagStatus.ORANJE : RagStatus.ROOD;
    }

    /** Progress along the path in percent, see the class comment; empty when baseline and target coincide. */
    public static Optional<BigDecimal> pathPercent(GoalPath path, BigDecimal realised) {
        if (path == null || realised == null) {
            return Optional.empty();
        }
        BigDecimal base = path.baseValue() == null ? BigDecimal.ZERO : path.baseValue();
        BigDecimal span = path.targetValue().subtract(base);
        if (span.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(realised.subtract(base).multiply(BigDecimal.valueOf(100)).divide(span, 6,
                RoundingMode.HALF_UP));
    }
}
