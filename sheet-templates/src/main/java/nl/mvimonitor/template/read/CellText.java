package nl.mvimonitor.template.read;

import java.util.Arrays;

/**
 * Collects the characters of one cell text in a reusable buffer, refusing more than the limit so that a crafted
 * file cannot grow one string without bound, and decodes OOXML's {@code _xHHHH_} escapes (how Excel stores control
 * characters). Not thread-safe: one per handler.
 */
final class CellText {

    private static final int INITIAL_CAPACITY = 64;

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

    /** The text as a plain decimal, or NaN; see {@link PlainDecimal#parse}. */
    double asDecimal() {
        return PlainDecimal.parse(buffer, length);
    }

    /** After {@link #asDecimal()} succeeded: the number as canonical plain text; see {@link PlainDecimal#format}. */
    String plainDecimal() {
        return PlainDecimal.format(buffer, length);
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
