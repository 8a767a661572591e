package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises, from the first bytes of an XML part, the prolog nearly every xlsx part has: an optional byte order
 * mark, an optional UTF-8 XML declaration, whitespace and a well-formed root start tag. Such a part carries no
 * DOCTYPE, so it needs no parser to tell. Anything else (a DOCTYPE, comments, processing instructions, another
 * encoding, non-ASCII bytes, entity references, a tag longer than the bytes given) is not recognised, and the caller
 * lets the parser decide, exactly as before.
 */
final class PlainProlog {

    /** Bytes to look at; every root start tag an xlsx producer writes fits, with its namespaces. */
    static final int HEAD_BYTES = 2048;

    private final byte[] head;
    private final int length;
    private int p;

    private PlainProlog(byte[] head, int length) {
        this.head = head;
        this.length = length;
    }

    /** True when {@code head[0..length)} starts with a plain prolog and a complete, well-formed root start tag. */
    static boolean recognise(byte[] head, int length) {
        return new PlainProlog(head, length).scan();
    }

    private boolean scan() {
        skipByteOrderMark();
        if (startsWith("<?xml") && !declaration()) {
            return false;
        }
        skipSpace();
        return rootStartTag();
    }

    private void skipByteOrderMark() {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            p = 3;
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, encoding and standalone optional. */
    private boolean declaration() {
        p += "<?xml".length();
        if (!skipSpace() || !attribute("version", "1.0", false)) {
            return false;
        }
        boolean space = skipSpace();
        if (space && startsWith("encoding")) {
            if (!attribute("encoding", "UTF-8", true)) {
                return false;
            }
            space = skipSpace();
        }
        if (space && startsWith("standalone")) {
            if (!attribute("standalone", "yes", false) && !attribute("standalone", "no", false)) {
                return false;
            }
            skipSpace();
        }
        if (!startsWith("?>")) {
            return false;
        }
        p += 2;
        return true;
    }

    /** {@code name="value"} or {@code name = 'value'}; only an encoding name may differ in case. */
    private boolean attribute(String name, String value, boolean ignoreCase) {
        int start = p;
        if (!startsWith(name)) {
            return false;
        }
        p += name.length();
        skipSpace();
        if (p >= length || head[p] != '=') {
            p = start;
            return false;
        }
        p++;
        skipSpace();
        if (p >= length || head[p] != '"' && head[p] != '\'') {
            p = start;
            return false;
        }
        byte quote = head[p];
        int end = p + 1 + value.length();
        String found = end < length ? new String(head, p + 1, value.length(), StandardCharsets.ISO_8859_1) : "";
        if (end >= length || head[end] != quote || !(ignoreCase ? found.equalsIgnoreCase(value) : found.equals(value))) {
            p = start;
            return false;
        }
        p = end + 1;
        return true;
    }

    /** {@code <name attr="value" ...>} or {@code .../>}: plain ASCII, no entity references, no repeated attribute. */
    private boolean rootStartTag() {
        if (p >= length || head[p] != '<') {
            return false;
        }
        p++;
        if (name() == null) {
            return false;
        }
        List<String> seen = new ArrayList<>();
        while (true) {
            boolean space = skipSpace();
            if (startsWith(">") || startsWith("/>")) {
                return true;
            }
            String attribute = space ? name() : null;
            if (attribute == null || seen.contains(attribute) || !quotedValue()) {
                return false;
            }
            seen.add(attribute);
        }
    }

    private boolean quotedValue() {
        skipSpace();
        if (p >= length || head[p] != '=') {
            return false;
        }
        p++;
        skipSpace();
        if (p >= length || head[p] != '"' && head[p] != '\'') {
            return false;
        }
        byte quote = head[p++];
        while (p < length && head[p] != quote) {
            if (!isPlainText(head[p])) {
                return false;
            }
            p++;
        }
        p++;
        return p <= length;
    }

    /** An ASCII name: a letter, '_' or ':' first, then also digits, '-' and '.'. */
    private String name() {
        int start = p;
        if (p >= length || !isNameStart(head[p])) {
            return null;
        }
        while (p < length && (isNameStart(head[p]) || head[p] >= '0' && head[p] <= '9' || head[p] == '-'
                || head[p] == '.')) {
            p++;
        }
        return p < length ? new String(head, start, p - start, StandardCharsets.US_ASCII) : null;
    }

    private static boolean isNameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':';
    }

    /** Printable ASCII other than the markup characters {@code <} and {@code &}. */
    private static boolean isPlainText(byte b) {
        return b >= 0x20 && b < 0x7F && b != '<' && b != '&';
    }

    /** Skips XML whitespace; true when there was any. */
    private boolean skipSpace() {
        int start = p;
        while (p < length && (head[p] == ' ' || head[p] == '\t' || head[p] == '\r' || head[p] == '\n')) {
            p++;
        }
        return p > start;
    }

    private boolean startsWith(String text) {
        if (p + text.length() > length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (head[p + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
