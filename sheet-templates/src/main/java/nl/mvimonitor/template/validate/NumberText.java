package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number that a user typed as text, in Dutch notation. The rules, chosen so that no text is read two ways:
 * <ul>
 *   <li>A comma is the decimal separator: {@code 12,5}, {@code 1234,56}, {@code ,5}; {@code 1.234,-} means whole
 *       euros.</li>
 *   <li>A dot or a space separates thousands when every group after it has exactly three digits and the first has one
 *       to three: {@code 1.234}, {@code 1.234.567,89}, {@code 1 234 567}.</li>
 *   <li>A single dot followed by exactly three digits and no comma ({@code 1.500}) could be English for 1,5. Dutch
 *       notation wins: it is read as 1500, and the reading says so ({@link Reading#THOUSANDS_DOT}) so the message can
 *       warn about it.</li>
 *   <li>A single dot that cannot separate thousands ({@code 1.5}, {@code 12.50}, {@code 1234.56}) can only be a
 *       decimal point: read as 1,5 with {@link Reading#DECIMAL_DOT}.</li>
 *   <li>A leading sign ({@code -}, {@code +}, {@code −}), a euro sign or {@code EUR}/{@code euro} before or after,
 *       and a trailing {@code %} are allowed and dropped ({@code 12,5%} is 12,5).</li>
 *   <li>Everything else is not a number: {@code 1,234.56} (English thousands), two commas, letters, {@code 1e5}.</li>
 * </ul>
 */
final class NumberText {

    /** How the separators in the text were understood. */
    enum Reading { PLAIN, THOUSANDS_DOT, DECIMAL_DOT }

    /** A number read from text, and how. */
    record Parsed(BigDecimal value, Reading reading) {
    }

    /** Longer text is no number a person typed; the limit also keeps the regexes' work small. */
    private static final int MAX_LENGTH = 64;
    private static final double WHOLE_EXACT_LIMIT = 1e15;
    private static final Pattern SHAPE = Pattern.compile(
            "(?i)([-+\u2212])?\\s*(?:€|eur|euro)?\\s*([-+\u2212])?\\s*([\\d., ]*\\d|[\\d., ]*,-{1,2})\\s*(?:€|eur|euro)?\\s*%?");
    private static final Pattern DUTCH =
            Pattern.compile("(\\d{1,3}(?:([. ])\\d{3})(?:\\2\\d{3}){0,20}|\\d+)?(,\\d+)?");
    private static final Pattern SINGLE_THOUSANDS_DOT = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern DECIMAL_DOT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern WHOLE_EUROS = Pattern.compile(".*,-{1,2}");

    private NumberText() {
    }

    /** The number in {@code text}, or empty when it is not a number by the rules above. */
    static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String clean = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (clean.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher shape = SHAPE.matcher(clean);
        if (!shape.matches() || (shape.group(1) != null && shape.group(2) != null)) {
            return Optional.empty();
        }
        String sign = shape.group(1) != null ? shape.group(1) : shape.group(2);
        boolean negative = sign != null && !sign.equals("+");
        String body = shape.group(3).strip();
        // "1.234,-" is unmistakably Dutch money: whole euros, the dot separates thousands
        boolean wholeEuros = WHOLE_EUROS.matcher(body).matches();
        Optional<Parsed> parsed = readBody(wholeEuros ? body.substring(0, body.indexOf(",-")) : body);
        if (wholeEuros) {
            parsed = parsed.map(p -> new Parsed(p.value(), Reading.PLAIN));
        }
        return parsed.map(p -> negative ? new Parsed(p.value().negate(), p.reading()) : p);
    }

    private static Optional<Parsed> readBody(String body) {
        if (body.isEmpty() || body.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (DUTCH.matcher(body).matches()) {
            Reading reading = SINGLE_THOUSANDS_DOT.matcher(body).matches() ? Reading.THOUSANDS_DOT : Reading.PLAIN;
            String plain = body.replace(".", "").replace(" ", "").replace(',', '.');
            return Optional.of(new Parsed(normalised(new BigDecimal(plain.startsWith(".") ? "0" + plain : plain)),
                    reading));
        }
        if (DECIMAL_DOT.matcher(body).matches()) {
            return Optional.of(new Parsed(normalised(new BigDecimal(body)), Reading.DECIMAL_DOT));
        }
        return Optional.empty();
    }

    /**
     * {@code normalised(BigDecimal.valueOf(number))}, without the cost of {@link Double#toString} for a whole number
     * below 10^15, whose digits {@code Double.toString} gives exactly.
     */
    static BigDecimal normalised(double number) {
        boolean whole = number == Math.rint(number) && Math.abs(number) < WHOLE_EXACT_LIMIT;
        return normalised(whole ? BigDecimal.valueOf((long) number) : BigDecimal.valueOf(number));
    }

    /** Drops needless trailing zeros, keeping whole numbers at scale 0 (1500, not 1.5E+3). */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
