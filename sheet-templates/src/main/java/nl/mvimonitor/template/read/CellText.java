package nl.mvimonitor.template.read;

/**
 * Collects the characters of one cell text, refusing more than the limit so that a crafted file cannot grow one
 * string without bound, and decodes OOXML's {@code _xHHHH_} escapes (how Excel stores control characters).
 */
final class CellText {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    CellText(int maxChars) {
        this.maxChars = maxChars;
    }

    void clear() {
        text.setLength(0);
    }

    /** Appends, or returns false (appending nothing) when the text would pass the limit. */
    boolean append(char[] ch, int start, int length) {
        if (text.length() + length > maxChars) {
            return false;
        }
        text.append(ch, start, length);
        return true;
    }

    /** The rejection for a text over the limit; {@code where} is Dutch, e.g. "cel Criteria!D3". */
    FileRejected tooLong(String where) {
        return FileRejected.tooLarge(where + " bevat een tekst van meer dan " + maxChars + " tekens");
    }

    int length() {
        return text.length();
    }

    CharSequence raw() {
        return text;
    }

    String value() {
        return decode(text.toString());
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
