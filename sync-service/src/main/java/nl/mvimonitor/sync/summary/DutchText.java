package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in the Dutch notation for the explanation lines the board reads: 1.234,5 and € 1.200.000. */
final class DutchText {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private DutchText() {
    }

    /** The number with at most one decimal, e.g. {@code 66,7} or {@code 1.250}. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Whole euros, e.g. {@code € 1.200.000}. */
    static String euro(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return "€ " + format.format(value);
    }

    /** The number with its unit: {@code 66,7%}, {@code 130 t CO2-eq}, {@code 8}. */
    static String withUnit(BigDecimal value, Kpi kpi) {
        return switch (kpi.unit()) {
            case "%" -> number(value) + "%";
            case "aantal" -> number(value);
            default -> number(value) + " " + kpi.unit();
        };
    }
}
