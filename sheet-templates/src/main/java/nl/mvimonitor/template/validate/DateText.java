package nl.mvimonitor.template.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed as text. Accepted, always day before month as in Dutch: {@code 12-03-2024},
 * {@code 12/3/2024}, {@code 12.03.2024}, ISO {@code 2024-03-12} (a time after it is ignored), and
 * {@code 12 maart 2024} or {@code 12 mrt. 2024}. Years have four digits between 1900 and 2199; two-digit years are
 * refused because 12-03-24 could be 1924 or 2024. Dates that do not exist (31-02-2024) are refused.
 */
final class DateText {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
            Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));

    private DateText() {
    }

    static Optional<LocalDate> parse(String text) {
        String clean = text == null ? "" : text.strip();
        Matcher m = DAY_MONTH_YEAR.matcher(clean);
        if (m.matches()) {
            return date(m.group(4), m.group(3), m.group(1));
        }
        m = ISO.matcher(clean);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = WRITTEN.matcher(clean);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? Optional.empty() : date(m.group(3), month.toString(), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12) {
            return Optional.empty();
        }
        if (d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(y, mo, d));
    }
}
