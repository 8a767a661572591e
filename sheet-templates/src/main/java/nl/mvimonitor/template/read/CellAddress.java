package nl.mvimonitor.template.read;

/** Parses the numbers in a sheet's markup (row numbers, cell references, style indexes) without allocating. */
final class CellAddress {

    /** Excel's last column is XFD: three letters at most. */
    private static final int MAX_COLUMN_LETTERS = 3;
    private static final int MAX_INDEX_DIGITS = 9;

    private CellAddress() {
    }

    /** The 0-based column of a reference such as {@code AB12} (only the letters count), or -1 when it has none. */
    static int column(String reference) {
        int index = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                index = index * 26 + (Character.toUpperCase(c) - 'A' + 1);
                letters++;
            } else {
                break;
            }
        }
        return letters == 0 || letters > MAX_COLUMN_LETTERS ? -1 : index - 1;
    }

    /** A non-negative number of at most nine digits, such as a row number or a style index, or -1. */
    static int digits(String value) {
        String s = value.strip();
        if (s.isEmpty() || s.length() > MAX_INDEX_DIGITS) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            number = number * 10 + digit;
        }
        return number;
    }
}
