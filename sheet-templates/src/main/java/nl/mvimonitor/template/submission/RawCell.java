package nl.mvimonitor.template.submission;

import java.util.Objects;

/**
 * A cell as stored in the workbook, before any interpretation by the schema.
 *
 * @param ref        where it is
 * @param kind       what the file says it holds
 * <p>Dates: {@code number} is always a serial of the 1900 date system. {@code SubmissionReader} shifts the
 * date-formatted numbers of a workbook in the 1904 date system by 1462 days, so later code needs one rule only;
 * numbers without a date format are left as they are.
 *
 * @param text       the text for TEXT cells; the formatted number for NUMBER cells (a whole number without
 *                   decimals, a fraction in plain notation such as {@code 95.5}); TRUE/FALSE; the error code
 * @param number     the number for NUMBER and DATE cells (Excel serial date, 1900 system), else NaN
 * @param dateFormat true when the cell's number format is a date format
 */
public record RawCell(CellRef ref, Kind kind, String text, double number, boolean dateFormat) {

    /** What a cell holds in the file. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, BLANK }

    public RawCell {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static RawCell text(CellRef ref, String text) {
        return new RawCell(ref, Kind.TEXT, text, Double.NaN, false);
    }

    public static RawCell number(CellRef ref, double number, boolean dateFormat) {
        return new RawCell(ref, Kind.NUMBER, numberText(number), number, dateFormat);
    }

    /** True when the cell holds nothing a user typed (blank, or only spaces). */
    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }

    private static String numberText(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return Double.toString(number);
    }
}
