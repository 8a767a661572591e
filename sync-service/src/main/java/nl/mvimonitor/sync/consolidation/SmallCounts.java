package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Privacy rule for counts of people (DOMAIN section 7): SROI placement counts from 1 to 4 are shown as
 * {@value #MASK}, so that nobody can be singled out; 0 and 5 or more are shown as numbers. Used by both output
 * workbooks.
 */
public final class SmallCounts {

    /** The text shown instead of a count from 1 to 4. */
    public static final String MASK = "<5";

    private static final String SROI_TAB = "SROI";
    private static final String PLACEMENTS_COLUMN = "aantal_plaatsingen";
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private SmallCounts() {
    }

    /** True for the schema columns that count people and must be masked. */
    public static boolean isPersonCount(String tabKey, String columnKey) {
        return SROI_TAB.equals(tabKey) && PLACEMENTS_COLUMN.equals(columnKey);
    }

    /** {@value #MASK} for a count greater than 0 and below 5, else empty (show the number). */
    public static Optional<String> mask(BigDecimal count) {
        if (count == null) {
            return Optional.empty();
        }
        boolean small = count.signum() > 0 && count.compareTo(FIVE) < 0;
        return small ? Optional.of(MASK) : Optional.empty();
    }
}
