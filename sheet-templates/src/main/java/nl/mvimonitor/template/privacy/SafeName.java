package nl.mvimonitor.template.privacy;

import java.util.Objects;

/**
 * A name the service did not choose (a file, folder or tab name) as it may be shown, stored or logged: the name
 * itself when it holds no personal data, otherwise the {@linkplain NameKind#neutralNl neutral text} of its kind.
 * The original is never kept, so neither {@link #text()} nor {@link #toString()} can leak it.
 *
 * @param text        what may be shown: the name, or the neutral text
 * @param neutralised true when the name held personal data and {@code text} is the neutral text
 */
public record SafeName(String text, boolean neutralised) {

    private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

    public SafeName {
        Objects.requireNonNull(text, "text");
    }

    /** {@code name} as it may be shown; null stays null (no unit, no name). */
    public static SafeName of(String name, NameKind kind) {
        if (name == null) {
            return null;
        }
        return hasPersonalData(name) ? new SafeName(kind.neutralNl(), true) : new SafeName(name, false);
    }

    /**
     * A path with {@code /} separators as it may be shown: each folder or file name that holds personal data is
     * replaced by its neutral text, the others stay, so {@code Zuiveringsbeheer/(bestandsnaam bevat ...)} still says
     * where the file is.
     */
    public static SafeName ofPath(String path) {
        if (path == null) {
            return null;
        }
        String[] parts = path.split("/", -1);
        StringBuilder shown = new StringBuilder(path.length());
        boolean neutralised = false;
        for (int i = 0; i < parts.length; i++) {
            SafeName part = of(parts[i], i == parts.length - 1 ? NameKind.FILE : NameKind.FOLDER);
            neutralised |= part.neutralised();
            shown.append(i == 0 ? "" : "/").append(part.text());
        }
        return neutralised ? new SafeName(shown.toString(), true) : new SafeName(path, false);
    }

    /** True when {@code name} holds a BSN, e-mail address, phone number or bank account number. */
    public static boolean hasPersonalData(String name) {
        return !DETECTOR.inName(name).isEmpty();
    }

    /**
     * Any name as a log line may print it: neutralised per path part when it holds personal data, and every control
     * or invisible formatting character escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u2028}), so a name
     * can never start a line of its own or hide what follows. The one function every log call that prints a name
     * uses.
     */
    public static String logged(Object name) {
        if (name == null) {
            return "null";
        }
        return escaped(ofPath(name.toString()).text());
    }

    /** {@code text} with backslashes doubled and control, line-separator and bidi characters as escapes. */
    public static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> invisible(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and isolates. */
    private static boolean invisible(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
                || c == '\u200f' || c == '\u061c' || c == '\ufeff';
    }
}
