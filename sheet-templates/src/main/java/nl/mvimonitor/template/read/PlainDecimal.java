package nl.mvimonitor.template.read;

/**
 * Numbers as Excel writes most of them ({@code 95.5}, {@code -1234}), parsed and printed straight from the cell's
 * characters. Cheaper than {@link Double#parseDouble} and, on JDK 17, much cheaper than {@link Double#toString};
 * anything else (exponents, more than 15 digits) is left to the JDK.
 */
final class PlainDecimal {

    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private PlainDecimal() {
    }

    /**
     * {@code -123.45} (optional minus, digits, at most one point, at most 15 digits), or NaN for anything else.
     * Exact: a mantissa below 2^53 divided by a power of ten up to 10^22 is one correctly rounded IEEE division, the
     * value {@code parseDouble} gives.
     */
    static double parse(char[] text, int length) {
        boolean negative = length > 0 && text[0] == '-';
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = negative ? 1 : 0; i < length; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > MAX_EXACT_DIGITS) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }

    /**
     * A text {@link #parse} accepted, without redundant zeros and with at least one decimal: {@code 007.50} ->
     * {@code 7.5}. For a fraction this is what {@code Double.toString} prints in its plain range, and it stays plain
     * above 10^7 where {@code Double.toString} turns scientific.
     */
    static String format(char[] text, int length) {
        int start = text[0] == '-' ? 1 : 0;
        int point = start;
        while (point < length && text[point] != '.') {
            point++;
        }
        int firstDigit = start;
        while (firstDigit < point - 1 && text[firstDigit] == '0') {
            firstDigit++;
        }
        int end = length;
        while (end > point + 2 && text[end - 1] == '0') {
            end--;
        }
        StringBuilder plain = new StringBuilder(end - firstDigit + 3).append(start == 1 ? "-" : "");
        plain.append(point == firstDigit ? "0" : new String(text, firstDigit, point - firstDigit)).append('.');
        return plain.append(point + 1 < end ? new String(text, point + 1, end - point - 1) : "0").toString();
    }
}
