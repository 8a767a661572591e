package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How MVI was applied in the tenders of one scope. The theme narrows what counts as MVI (criteria and clauses of
 * that theme); the number of tenders is always all tenders of the unit and year.
 *
 * @param tenders           tenders
 * @param withMvi           tenders with at least one criterion
 * @param ambitious         of those, tenders with a criterion at level 2 or 3
 * @param value             contract (else estimated) value of all tenders with a value
 * @param valueWithMvi      the same for tenders with MVI
 * @param awardWeightSum    sum over tenders of their MVI award weight (each at most 100)
 * @param contractedWithMvi tenders with MVI under contract or completed
 * @param withKpi           of those, with a KPI clause
 * @param withReporting     of those, with a reporting-duty clause
 * @param anchored          of those, with both
 */
record InzetFigures(int tenders, int withMvi, int ambitious, BigDecimal value, BigDecimal valueWithMvi,
                    BigDecimal awardWeightSum, int contractedWithMvi, int withKpi, int withReporting, int anchored) {

    /** One pass over the tenders: the Inzet tab and every KPI of each scope ask for these. */
    static InzetFigures of(List<TenderFact> tenders, String theme) {
        return ofThemes(tenders, Collections.singletonList(theme)).get(theme);
    }

    /**
     * The figures of several themes (null: all) in one pass over the tenders: each tender's criteria and clauses are
     * looked at for every theme while they are at hand, rather than every tender again per theme.
     */
    static Map<String, InzetFigures> ofThemes(List<TenderFact> tenders, List<String> themes) {
        List<Tally> tallies = themes.stream().map(Tally::new).toList();
        for (TenderFact tender : tenders) {
            for (Tally tally : tallies) {
                tally.add(tender);
            }
        }
        Map<String, InzetFigures> figures = new HashMap<>();
        tallies.forEach(tally -> figures.put(tally.theme, tally.figures(tenders.size())));
        return figures;
    }

    Optional<BigDecimal> mviShare() {
        return Percent.of(withMvi, tenders);
    }

    Optional<BigDecimal> ambitiousShare() {
        return Percent.of(ambitious, withMvi);
    }

    Optional<BigDecimal> valueShare() {
        return Percent.of(valueWithMvi, value);
    }

    /** The mean MVI award weight over all tenders, in percent. */
    Optional<BigDecimal> awardWeight() {
        return tenders == 0 ? Optional.empty()
                : Optional.of(awardWeightSum.divide(BigDecimal.valueOf(tenders), 6, RoundingMode.HALF_UP));
    }

    Optional<BigDecimal> kpiShare() {
        return Percent.of(withKpi, contractedWithMvi);
    }

    Optional<BigDecimal> reportingShare() {
        return Percent.of(withReporting, contractedWithMvi);
    }

    Optional<BigDecimal> anchoredShare() {
        return Percent.of(anchored, contractedWithMvi);
    }

    /** The counts and sums of one theme while the tenders are walked. */
    private static final class Tally {
        private final String theme;
        private int withMvi;
        private int ambitious;
        private int contracted;
        private int withKpi;
        private int withReporting;
        private int anchored;
        private BigDecimal value = BigDecimal.ZERO;
        private BigDecimal valueWithMvi = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;

        Tally(String theme) {
            this.theme = theme;
        }

        void add(TenderFact t) {
            BigDecimal tenderValue = t.value();
            value = tenderValue == null ? value : value.add(tenderValue);
            TenderFact.ThemeUse use = t.use(theme);
            if (use == null) {
                return; // no criterion in the theme, so no award weight either
            }
            weights = weights.add(use.awardWeight());
            withMvi++;
            valueWithMvi = tenderValue == null ? valueWithMvi : valueWithMvi.add(tenderValue);
            ambitious += use.ambitious() ? 1 : 0;
            if (t.isContracted()) {
                contracted++;
                boolean kpi = use.kpiClause();
                boolean reporting = use.reportingClause();
                withKpi += kpi ? 1 : 0;
                withReporting += reporting ? 1 : 0;
                anchored += kpi && reporting ? 1 : 0;
            }
        }

        InzetFigures figures(int tenders) {
            return new InzetFigures(tenders, withMvi, ambitious, value, valueWithMvi, weights, contracted, withKpi,
                    withReporting, anchored);
        }
    }
}
