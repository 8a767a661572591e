package nl.mvimonitor.template.read;

/**
 * The character rules of XML 1.0 that {@link QuickXml} applies as the JDK parser does: strict UTF-8 (no overlong
 * forms, no surrogates, nothing past U+10FFFF), only characters XML allows, the five predefined entities and
 * character references. Each decode returns the code point and the position after it packed in one long: no
 * allocation in the hot loop.
 */
final class XmlChars {

    /** Longest reference the parser accepts: {@code &#x10FFFF;} and {@code &#1114111;} have 10 bytes. */
    static final int MAX_REFERENCE = 10;
    /** Longest UTF-8 sequence. */
    static final int MAX_SEQUENCE = 4;

    private XmlChars() {
    }

    static int codePoint(long decoded) {
        return (int) decoded;
    }

    static int after(long decoded) {
        return (int) (decoded >>> 32);
    }

    private static long decoded(int codePoint, int after) {
        return ((long) after << 32) | codePoint;
    }

    /** Bytes of the UTF-8 sequence that starts with {@code lead} (a byte >= 0x80), or 0 when it cannot start one. */
    static int sequenceLength(int lead) {
        int b = lead & 0xFF;
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    /**
     * The character whose UTF-8 sequence starts at {@code p}; the caller has made {@link #sequenceLength} bytes
     * available before {@code end}.
     */
    static long utf8(byte[] bytes, int p, int end) throws XmlSyntaxError {
        int lead = bytes[p] & 0xFF;
        int length = sequenceLength(lead);
        if (length == 0 || p + length > end) {
            throw new XmlSyntaxError("invalid UTF-8 byte");
        }
        int second = bytes[p + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            throw new XmlSyntaxError("invalid UTF-8 sequence");
        }
        int codePoint = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        codePoint = (codePoint << 6) | (second & 0x3F);
        for (int i = 2; i < length; i++) {
            int next = bytes[p + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw new XmlSyntaxError("invalid UTF-8 sequence");
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint == 0xFFFE || codePoint == 0xFFFF) {
            throw new XmlSyntaxError("character not allowed in XML");
        }
        return decoded(codePoint, p + length);
    }

    /**
     * The character of the reference that starts with {@code &} at {@code p}; its {@code ;} must come before
     * {@code end}.
     */
    static long reference(byte[] bytes, int p, int end) throws XmlSyntaxError {
        int semicolon = -1;
        for (int i = p + 1; i < end && i <= p + MAX_REFERENCE; i++) {
            if (bytes[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw new XmlSyntaxError("unterminated or unknown entity reference");
        }
        int codePoint = bytes[p + 1] == '#' ? number(bytes, p + 2, semicolon) : named(bytes, p + 1, semicolon);
        return decoded(codePoint, semicolon + 1);
    }

    private static int named(byte[] bytes, int start, int end) throws XmlSyntaxError {
        switch (end - start) {
            case 2 -> {
                if (bytes[start + 1] == 't' && (bytes[start] == 'l' || bytes[start] == 'g')) {
                    return bytes[start] == 'l' ? '<' : '>';
                }
            }
            case 3 -> {
                if (bytes[start] == 'a' && bytes[start + 1] == 'm' && bytes[start + 2] == 'p') {
                    return '&';
                }
            }
            case 4 -> {
                if (is(bytes, start, "quot")) {
                    return '"';
                }
                if (is(bytes, start, "apos")) {
                    return '\'';
                }
            }
            default -> {
                // no other entity exists without a DTD
            }
        }
        throw new XmlSyntaxError("undeclared entity");
    }

    private static boolean is(byte[] bytes, int start, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (bytes[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] bytes, int start, int end) throws XmlSyntaxError {
        boolean hex = start < end && bytes[start] == 'x';
        int radix = hex ? 16 : 10;
        int first = hex ? start + 1 : start;
        if (first == end) {
            throw new XmlSyntaxError("empty character reference");
        }
        int value = 0;
        for (int i = first; i < end; i++) {
            int digit = Character.digit(bytes[i], radix);
            if (digit < 0 || value > 0x10FFFF) {
                throw new XmlSyntaxError("invalid character reference");
            }
            value = value * radix + digit;
        }
        if (!allowed(value)) {
            throw new XmlSyntaxError("character reference to a character not allowed in XML");
        }
        return value;
    }

    /** XML 1.0's Char production. */
    static boolean allowed(int c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** XML's white space: space, tab, line feed, carriage return. */
    static boolean space(int b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    /** A byte that may start a name: ASCII letter, {@code _}, {@code :}, or the start of a non-ASCII character. */
    static boolean nameStart(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':' || b < 0;
    }

    /** A byte that may continue a name: also digits, {@code -} and {@code .}. */
    static boolean nameByte(byte b) {
        return NAME_BYTES[b & 0xFF];
    }

    private static final boolean[] NAME_BYTES = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            int signed = (byte) b;
            NAME_BYTES[b] = nameStart(signed) || b >= '0' && b <= '9' || b == '-' || b == '.';
        }
    }
}
