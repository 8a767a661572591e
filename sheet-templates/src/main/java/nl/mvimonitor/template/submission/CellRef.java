package nl.mvimonitor.template.submission;

import java.util.Objects;

/**
 * A cell in a workbook, as users see it: {@code Criteria!D7}.
 *
 * @param sheet  sheet name as found in the workbook
 * @param row    1-based row number, as Excel shows it
 * @param column 0-based column index (A = 0)
 */
public record CellRef(String sheet, int row, int column) {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more: " + row);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more: " + column);
        }
    }

    /** The column letters: 0 -> A, 25 -> Z, 26 -> AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** Parses a column reference such as {@code AB} into a 0-based index. */
    public static int columnIndex(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("not a column reference: " + letters);
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** {@code D7}. */
    public String cell() {
        return columnLetters(column) + row;
    }

    /** {@code Criteria!D7}, with quotes around sheet names that need them. */
    public String a1() {
        return quotedSheet() + "!" + cell();
    }

    private String quotedSheet() {
        boolean plain = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return a1();
    }
}
