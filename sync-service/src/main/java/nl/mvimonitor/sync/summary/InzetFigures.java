package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
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

    static InzetFigures of(List<TenderFact> tenders, String theme) {
        List<TenderFact> mvi = tenders.stream().filter(t -> t.hasMvi(theme)).toList();
        List<TenderFact> contracted = mvi.stream().filter(TenderFact::isContracted).toList();
        int withKpi = (int) contracted.stream().filter(t -> t.hasClause(ClauseFact.KPI, theme)).count();
        int withReporting = (int) contracted.stream().filter(t -> t.hasClause(ClauseFact.REPORTING, theme)).count();
        int anchored = (int) contracted.stream()
                .filter(t -> t.hasClause(ClauseFact.KPI, theme) && t.hasClause(ClauseFact.REPORTING, theme)).count();
        return new InzetFigures(tenders.size(), mvi.size(), (int) mvi.stream().filter(t -> t.hasAmbitious(theme)).count(),
                sumValue(tenders), sumValue(mvi),
                tenders.stream().map(t -> t.awardWeight(theme)).reduce(BigDecimal.ZERO, BigDecimal::add),
                contracted.size(), withKpi, withReporting, anchored);
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

    private static BigDecimal sumValue(List<TenderFact> tenders) {
        return tenders.stream().map(TenderFact::value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
