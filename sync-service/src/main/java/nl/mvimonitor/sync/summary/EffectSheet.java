package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.apache.poi.ss.usermodel.Row;

/**
 * The Effect tab: per theme (and all themes) and year, what the contracts promised (gepland, or the obligation in
 * the award year) beside what was realised. Contracted and realised values sit in separate columns and are never
 * added together. CO2 and material are in tonnes; placement counts from 1 to 4 are shown as "&lt;5".
 */
final class EffectSheet {

    static final String NAME = "Effect";
    static final List<String> LABELS = List.of("Thema", "Jaar",
            "CO2 gecontracteerd (t CO2-eq, gepland)", "CO2 vermeden, gerealiseerd (t CO2-eq)",
            "Primair materiaal gepland (t)", "Primair materiaal vermeden, gerealiseerd (t)",
            "NOx vermeden (kg)", "Fijnstof vermeden (kg)", "MKI-reductie gecontracteerd (EUR)",
            "SROI-verplichting gegund (EUR)", "SROI gerealiseerd (EUR)", "Plaatsingen");
    private static final List<Integer> WIDTHS = List.of(30, 8, 16, 16, 14, 16, 12, 12, 16, 16, 16, 11);

    /** Key of the sum over all themes; no theme code has a space. */
    private static final String ALL_THEMES = "alle thema's";

    private final KpiCalculator calculator;
    private final ThemeNames themes;
    /** Per year: the MKI reductions contracted per theme, and under {@link #ALL_THEMES} in all. */
    private final Map<Integer, Map<String, BigDecimal>> mkiByYear = new HashMap<>();

    EffectSheet(KpiCalculator calculator, ThemeNames themes) {
        this.calculator = calculator;
        this.themes = themes;
    }

    void write(BoardSheet sheet) {
        sheet.header(0, LABELS, WIDTHS);
        SortedSet<Integer> years = calculator.facts().years();
        int rowIndex = 1;
        for (String theme : themes.withAll(calculator.facts().themes())) {
            for (int year : years) {
                Scope scope = new Scope(theme, null, year);
                EffectTotals totals = calculator.effects(scope);
                Contracted contracted = contracted(scope);
                if (hasFigures(totals, contracted)) {
                    writeRow(sheet, sheet.row(rowIndex++), scope, totals, contracted);
                }
            }
        }
        sheet.filter(0, rowIndex - 1, LABELS.size());
    }

    private boolean hasFigures(EffectTotals totals, Contracted contracted) {
        return totals.hasCo2() || totals.hasPrimaryMaterial() || totals.hasSroi()
                || totals.noxRealised().signum() != 0 || totals.pmRealised().signum() != 0
                || contracted.sroiObligation().signum() != 0 || contracted.mki().signum() != 0;
    }

    private void writeRow(BoardSheet sheet, Row row, Scope scope, EffectTotals totals, Contracted contracted) {
        var styles = sheet.styles();
        sheet.text(row, 0, themes.label(scope.theme()));
        sheet.year(row, 1, scope.year());
        if (totals.hasCo2()) {
            sheet.number(row, 2, totals.co2Planned(), styles.decimal);
            sheet.number(row, 3, totals.co2Realised(), styles.decimal);
        }
        if (totals.hasPrimaryMaterial()) {
            sheet.number(row, 4, totals.primaryPlanned(), styles.decimal);
            sheet.number(row, 5, totals.primaryRealised(), styles.decimal);
        }
        sheet.number(row, 6, nonZero(totals.noxRealised()), styles.decimal);
        sheet.number(row, 7, nonZero(totals.pmRealised()), styles.decimal);
        sheet.number(row, 8, nonZero(contracted.mki()), styles.amount);
        sheet.number(row, 9, nonZero(contracted.sroiObligation()), styles.amount);
        if (totals.hasSroi()) {
            sheet.number(row, 10, totals.sroiRealised(), styles.amount);
            sheet.kpi(row, 11, Kpi.SROI_PLAATSINGEN, totals.placements());
        }
    }

    /** What the scope's tenders contracted, worked out once for the test and the row. */
    private Contracted contracted(Scope scope) {
        MonitorFacts facts = calculator.facts();
        // SROI obligations count for social return (and all themes), in the tender's award year
        BigDecimal obligation = scope.coversTheme(RealisationSums.SOCIAL_RETURN) ? facts.sroiObligation(scope)
                : BigDecimal.ZERO;
        return new Contracted(obligation, mki(scope));
    }

    /**
     * The MKI reductions contracted in the scope's year for its theme (all themes when it has none), over all units
     * as this tab shows them. Each year's
     * tenders are summed per theme in one pass, not once per theme; the sums are exact, so the order does not matter.
     */
    private BigDecimal mki(Scope scope) {
        Map<String, BigDecimal> byTheme = mkiByYear.computeIfAbsent(scope.year(), year -> {
            Map<String, BigDecimal> sums = new HashMap<>();
            BigDecimal all = BigDecimal.ZERO;
            for (TenderFact tender : calculator.facts().tenders(Scope.all(year))) {
                for (ClauseFact clause : tender.clauses()) {
                    if (clause.mkiReduction() != null) {
                        all = all.add(clause.mkiReduction());
                        if (clause.theme() != null) {
                            sums.merge(clause.theme(), clause.mkiReduction(), BigDecimal::add);
                        }
                    }
                }
            }
            sums.put(ALL_THEMES, all);
            return sums;
        });
        return byTheme.getOrDefault(scope.theme() == null ? ALL_THEMES : scope.theme(), BigDecimal.ZERO);
    }

    /** SROI obligations and MKI reductions of one scope's tenders. */
    private record Contracted(BigDecimal sroiObligation, BigDecimal mki) {
    }

    private static BigDecimal nonZero(BigDecimal value) {
        return value.signum() == 0 ? null : value;
    }
}
