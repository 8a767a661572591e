package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages (0-100) of a part in a whole; no percentage of an empty whole. */
final class Percent {

    private static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    static Optional<BigDecimal> of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static Optional<BigDecimal> of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP));
    }
}
