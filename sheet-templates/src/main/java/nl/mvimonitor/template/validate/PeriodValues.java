package nl.mvimonitor.template.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Reporting periods: a year {@code 2025} or a quarter {@code 2025-Q2}, the year between 1990 and 2100. Other ways
 * to write a quarter ({@code 2025-K2}, {@code 2025 Q2}, {@code 2025-q2}, {@code Q2 2025}) are normalised with a
 * warning; a number cell holding a whole year is read as that year.
 */
final class PeriodValues {

    private static final Pattern CANONICAL = Pattern.compile("(\\d{4})(-Q[1-4])?");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[QK]([1-4])");
    private static final Pattern QUARTER_YEAR = Pattern.compile("[QK]([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private PeriodValues() {
    }

    /** The canonical period, or null (with a finding) when the cell holds no period. */
    static String convert(CellInput in) {
        String period = in.kind() == RawCell.Kind.NUMBER ? fromNumber(in.cell()) : fromText(in);
        if (period == null) {
            in.report(RuleCode.TYPE_PERIODE, "is geen geldige periode. Vul een jaar (2025) of een kwartaal (2025-Q2) in.");
        }
        return period;
    }

    private static String fromNumber(RawCell cell) {
        double number = cell.number();
        if (cell.dateFormat() || number != Math.rint(number) || !isYear((long) number)) {
            return null;
        }
        return Long.toString((long) number);
    }

    private static String fromText(CellInput in) {
        if (in.kind() != RawCell.Kind.TEXT) {
            return null;
        }
        String text = in.text();
        Matcher canonical = CANONICAL.matcher(text);
        if (canonical.matches()) {
            return isYear(Long.parseLong(canonical.group(1))) ? text : null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher m = YEAR_QUARTER.matcher(upper);
        String year = m.matches() ? m.group(1) : null;
        String quarter = m.matches() ? m.group(2) : null;
        m = QUARTER_YEAR.matcher(upper);
        if (m.matches()) {
            year = m.group(2);
            quarter = m.group(1);
        }
        if (year == null || !isYear(Long.parseLong(year))) {
            return null;
        }
        in.report(RuleCode.PERIODE_SCHRIJFWIJZE, "is omgezet naar de vorm JJJJ-Qn. Schrijf een kwartaal als 2025-Q2 "
                + "(jaar, streepje, Q en het kwartaalnummer).");
        return year + "-Q" + quarter;
    }

    private static boolean isYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
