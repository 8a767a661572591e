package nl.mvimonitor.sync.store;

/**
 * The widths of the store's text columns (db/migration, V1 and on) and the last line of defence that keeps every
 * text within them: a value longer than its column (a crafted tab name, an endless message) is shortened, never a
 * failed insert. Widths count characters, as VARCHAR(n) does on H2 and PostgreSQL; a cut never splits a character
 * outside the BMP. Keep in step with the migrations.
 */
final class ColumnWidths {

    static final int PATH = 1024;
    static final int SEVERITY = 20;
    static final int RULE_CODE = 100;
    static final int SHEET = 200;
    static final int CELL = 20;
    static final int MESSAGE = 4000;
    static final int PROJECT_ID = 100;
    static final int UNIT = 200;
    static final int TEMPLATE_ID = 100;
    static final int LISTING_FINGERPRINT = 200;
    static final int RUN_MESSAGE = 4000;

    private ColumnWidths() {
    }

    /** The text cut to {@code width} characters, or itself when it fits (null stays null). */
    static String clip(String text, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        return text.substring(0, cut(text, width));
    }

    /** As {@link #clip}, ending in "…" when cut, so a reader sees that the text goes on: for messages and names. */
    static String shorten(String text, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        return text.substring(0, cut(text, width - 1)) + "…";
    }

    /**
     * A listing fingerprint as stored: itself when it fits, else a SHA-256 of it, which stays equal for an equal
     * fingerprint (a cut one could make two different listings look the same).
     */
    static String fingerprint(String fingerprint) {
        if (fingerprint == null || fingerprint.length() <= LISTING_FINGERPRINT) {
            return fingerprint;
        }
        return "sha256:" + Sha256.hex(fingerprint);
    }

    private static int cut(String text, int width) {
        return Character.isHighSurrogate(text.charAt(width - 1)) ? width - 1 : width;
    }
}
