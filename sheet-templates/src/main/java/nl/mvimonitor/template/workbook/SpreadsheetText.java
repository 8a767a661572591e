package nl.mvimonitor.template.workbook;

/**
 * The rule for text that came from a sheet and goes into an output workbook: text that Excel could take for a
 * formula (starting with {@code =}, {@code +}, {@code -} or {@code @}) is written as a string cell with the
 * quote-prefix style, so that editing the cell never turns it into a formula. Used by the template writer and by
 * both output workbooks of the service.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True when {@code text} must carry the quote-prefix style. */
    public static boolean needsQuotePrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
