package nl.mvimonitor.template.read;

import java.util.Locale;

/** How header texts, keys and sheet names are compared: case-insensitive, with whitespace collapsed. */
final class Labels {

    private Labels() {
    }

    /** {@code "  Weging\u00A0 %"} -> {@code "weging %"}; null -> "". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder normalized = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = normalized.length() > 0;
            } else {
                if (space) {
                    normalized.append(' ');
                    space = false;
                }
                normalized.append(c);
            }
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }
}
