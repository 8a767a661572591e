package nl.mvimonitor.template.read;

import java.util.Arrays;

/**
 * Collects the characters of one cell text in a reusable buffer, refusing more than the limit so that a crafted
 * file cannot grow one string without bound, and decodes OOXML's {@code _xHHHH_} escapes (how Excel stores control
 * characters). Not thread-safe: one per handler.
 */
final class CellText {

    private static final int INITIAL_CAPACITY = 64;
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private char[] buffer = new char[INITIAL_CAPACITY];
    private int length;
    private final int maxChars;

    CellText(int maxChars) {
        this.maxChars = maxChars;
    }

    void clear() {
        length = 0;
    }

    /** Appends, or returns false (appending nothing) when the text would pass the limit. */
    boolean append(char[] ch, int start, int count) {
        if (length + count > maxChars) {
            return false;
        }
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(maxChars, Math.max(buffer.length * 2, length + count)));
        }
        System.arraycopy(ch, start, buffer, length, count);
        length += count;
        return true;
    }

    /** The rejection for a text over the limit; {@code where} is Dutch, e.g. "cel Criteria!D3". */
    FileRejected tooLong(String where) {
        return FileRejected.tooLarge(where + " bevat een tekst van meer dan " + maxChars + " tekens");
    }

    int length() {
        return length;
    }

    /** The text as written in the file, without escapes decoded (numbers, error codes, booleans). */
    String raw() {
        return new String(buffer, 0, length);
    }

    /** The text with escapes decoded: what the user typed. */
    String value() {
        return decode(raw());
    }

    /** The text as a non-negative decimal number (a shared string index), or -1 when it is not one. */
    int asIndex() {
        int start = 0;
        int end = length;
        while (start < end && buffer[start] <= ' ') {
            start++;
        }
        while (end > start && buffer[end - 1] <= ' ') {
            end--;
        }
        if (start == end || end - start > 10) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = buffer[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /**
     * The text as a plain decimal ({@code -123.45}: at most 15 digits, no exponent), or NaN for anything else, which
     * the caller then hands to {@link Double#parseDouble}. Exact: a mantissa below 2^53 divided by a power of ten up
     * to 10^22 is one correctly rounded IEEE division, the same value parseDouble gives.
     */
    double asDecimal() {
        int i = 0;
        boolean negative = length > 0 && buffer[0] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < length; i++) {
            char c = buffer[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
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
     * After {@link #asDecimal()} succeeded: the same number as plain text without redundant zeros, {@code 007.50}
     * -> {@code 7.5}. For a non-integral number this is what {@code Double.toString} prints in its plain range, and
     * it never switches to scientific notation; it is much cheaper than {@code Double.toString} on JDK 17.
     */
    String plainDecimal() {
        int start = buffer[0] == '-' ? 1 : 0;
        int point = start;
        while (point < length && buffer[point] != '.') {
            point++;
        }
        int firstDigit = start;
        while (firstDigit < point - 1 && buffer[firstDigit] == '0') {
            firstDigit++;
        }
        int end = length;
        while (end > point + 2 && buffer[end - 1] == '0') {
            end--;
        }
        StringBuilder plain = new StringBuilder(end - firstDigit + 2);
        if (start == 1) {
            plain.append('-');
        }
        plain.append(buffer, firstDigit, point - firstDigit);
        if (point == firstDigit) {
            plain.append('0');
        }
        plain.append('.');
        if (point + 1 < end) {
            plain.append(buffer, point + 1, end - point - 1);
        } else {
            plain.append('0');
        }
        return plain.toString();
    }

    /** {@code a_x000D_b} -> a, carriage return, b; {@code _x005F_} is an escaped underscore. */
    static String decode(String value) {
        int at = value.indexOf("_x");
        if (at < 0) {
            return value;
        }
        StringBuilder decoded = new StringBuilder(value.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= value.length() && value.charAt(at + 6) == '_' && isHex(value, at + 2, at + 6)) {
                decoded.append(value, from, at).append((char) Integer.parseInt(value.substring(at + 2, at + 6), 16));
                from = at + 7;
            }
            at = value.indexOf("_x", Math.max(at + 1, from));
        }
        return decoded.append(value, from, value.length()).toString();
    }

    private static boolean isHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
