package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers and years from what the board typed: number cells (a percent-formatted 0,5 means 50), and text in
 * Dutch notation ({@code 1.234,5}, {@code 12,5}, {@code 50%}, {@code € 50.000}; a point followed by groups of three
 * digits is a thousands separator, as in Dutch) or with a decimal point ({@code 0.5}).
 */
final class GoalNumbers {

    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GoalNumbers() {
    }

    static Optional<BigDecimal> number(BoardCell cell) {
        if (cell.value() instanceof BigDecimal number) {
            return Optional.of(cell.isPercentFormatted() ? number.multiply(HUNDRED) : number);
        }
        return cell.value() instanceof String text ? parse(text) : Optional.empty();
    }

    static Optional<Integer> year(BoardCell cell) {
        return number(cell).filter(n -> n.stripTrailingZeros().scale() <= 0)
                .filter(n -> n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2200)) <= 0)
                .map(BigDecimal::intValue);
    }

    /** A number typed as text; a trailing % is dropped (50% is 50 percentage points). */
    static Optional<BigDecimal> parse(String text) {
        String s = text.replace("€", "").replace("%", "").replaceAll("[\\s\\u00a0]", "");
        if (DUTCH_THOUSANDS.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        if (DECIMAL_POINT.matcher(s).matches()) {
            return Optional.of(new BigDecimal(s));
        }
        return Optional.empty();
    }
}
