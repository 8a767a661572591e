package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalInt;

import nl.mvimonitor.template.validate.TypedRow;

/**
 * Adds a submission's Realisatie and SROI rows into sums per theme and year. Units are normalised: kg CO2-eq and kg
 * of material become tonnes. A row counts as CO2 by its unit (t or kg CO2-eq), as primary material when its theme
 * is Circulair and its unit t or kg. SROI rows count for the theme Social return.
 */
final class RealisationSums {

    static final String CIRCULAR = "CIR";
    static final String SOCIAL_RETURN = "SRO";
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private final RowValues values;

    RealisationSums(RowValues values) {
        this.values = values;
    }

    /** Adds one Realisatie row to the submission's sums; rows without a year are left out. */
    void addRealisation(Map<SubmissionFacts.ThemeYear, EffectTotals> sums, TypedRow row) {
        OptionalInt year = RowValues.year(row.text("periode"));
        if (year.isEmpty()) {
            return;
        }
        String theme = values.code(row, "themas", "thema");
        EffectTotals totals = sums.computeIfAbsent(new SubmissionFacts.ThemeYear(theme, year.getAsInt()),
                k -> new EffectTotals());
        String source = values.code(row, "realisatiebronnen", "bron");
        totals.addRowQuality(RowValues.yes(row, "bewijs_ontvangen"),
                "schatting".equals(source) || "default".equals(source),
                "meting".equals(source) || "leverancier".equals(source));
        addQuantity(totals, theme, values.code(row, "eenheden", "eenheid"), row.number("gepland"),
                row.number("gerealiseerd"));
    }

    private static void addQuantity(EffectTotals totals, String theme, String unit, BigDecimal planned,
                                    BigDecimal realised) {
        if (unit == null) {
            return;
        }
        switch (unit) {
            case "t CO2-eq" -> totals.addCo2(planned, realised);
            case "kg CO2-eq" -> totals.addCo2(tonnes(planned), tonnes(realised));
            case "t" -> addMaterial(totals, theme, planned, realised);
            case "kg" -> addMaterial(totals, theme, tonnes(planned), tonnes(realised));
            case "kg NOx" -> totals.addNox(realised);
            case "kg PM10" -> totals.addPm(realised);
            default -> { }
        }
    }

    private static void addMaterial(EffectTotals totals, String theme, BigDecimal planned, BigDecimal realised) {
        if (CIRCULAR.equals(theme)) {
            totals.addPrimaryMaterial(planned, realised);
        }
    }

    /** Adds one SROI row to the submission's sums; rows without a year are left out. */
    static void addSroi(Map<SubmissionFacts.ThemeYear, EffectTotals> sums, TypedRow row) {
        OptionalInt year = RowValues.year(row.text("periode"));
        if (year.isEmpty()) {
            return;
        }
        sums.computeIfAbsent(new SubmissionFacts.ThemeYear(SOCIAL_RETURN, year.getAsInt()), k -> new EffectTotals())
                .addSroi(row.number("inspanningswaarde"), row.number("aantal_plaatsingen"));
    }

    private static BigDecimal tonnes(BigDecimal kilograms) {
        return kilograms == null ? null : kilograms.divide(KG_PER_TONNE);
    }
}
