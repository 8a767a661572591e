package nl.mvimonitor.sync.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.mvimonitor.sync.consolidation.Coverage;
import nl.mvimonitor.sync.consolidation.CoverageRow;
import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * Everything the board report is computed from, gathered from the store in one pass per tab: tenders with their
 * criteria and clauses, effect sums per unit, theme and year, the response figures and the submissions that count
 * (one per project: duplicates with the ProjectID of another are only in the response figures).
 *
 * <p>The tabs ask for the same unit and year many times (every KPI of every unit and year, every year back to a
 * reporting year), so tenders and effect sums are indexed by year and what is asked is remembered. Sums of
 * {@link BigDecimal}s are exact, so adding them in another grouping gives the same value and scale. Not thread-safe.
 */
final class MonitorFacts {

    /** Dates and years of timestamps are taken in Dutch local time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final List<TenderFact> tenders;
    /** The tenders per year, in the order of {@link #tenders}: every tab asks for one year's tenders, many times. */
    private final Map<Integer, List<TenderFact>> tendersByYear;
    private final Map<EffectKey, EffectTotals> effects;
    /** The effect sums per year, so a scope adds up only its own year(s). */
    private final NavigableMap<Integer, List<Map.Entry<EffectKey, EffectTotals>>> effectsByYear;
    /** Tenders per unit (null: all) and year, as asked. */
    private final Map<Scope, List<TenderFact>> tendersOfUnitYear = new HashMap<>();
    /** SROI obligations of tenders per unit (null: all) awarded in a year, as asked. */
    private final Map<Scope, BigDecimal> obligations = new HashMap<>();
    /** The same, awarded up to a year. */
    private final Map<Scope, BigDecimal> obligationsUpTo = new HashMap<>();
    private final Coverage coverage;
    private final List<SubmissionSummary> submissions;
    /** Derived once: every tab walks them, some once per unit or KPI. */
    private final NavigableSet<Integer> years;
    private final SortedSet<String> units;
    private final SortedSet<String> themes;
    private final SortedSet<Integer> tenderYears;
    private final SortedSet<String> criterionThemes;

    MonitorFacts(List<TenderFact> tenders, Map<EffectKey, EffectTotals> effects, Coverage coverage,
                 List<SubmissionSummary> submissions) {
        this.tenders = List.copyOf(tenders);
        this.tendersByYear = this.tenders.stream().collect(Collectors.groupingBy(TenderFact::year));
        this.effects = Map.copyOf(effects);
        this.effectsByYear = byYear(this.effects);
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.submissions = List.copyOf(submissions);
        this.tenderYears = Collections.unmodifiableSortedSet(
                this.tenders.stream().map(TenderFact::year).collect(Collectors.toCollection(TreeSet::new)));
        this.criterionThemes = Collections.unmodifiableSortedSet(this.tenders.stream()
                .flatMap(t -> t.criteria().stream()).map(CriterionFact::theme).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)));
        this.years = Collections.unmodifiableNavigableSet(gatherYears());
        this.units = Collections.unmodifiableSortedSet(gatherUnits());
        this.themes = Collections.unmodifiableSortedSet(gatherThemes());
    }

    /** Tenders of the scope's unit and year (the theme is left to the KPI: it splits the numerator only). */
    List<TenderFact> tenders(Scope scope) {
        return tendersOfUnitYear.computeIfAbsent(new Scope(null, scope.unit(), scope.year()),
                s -> tendersByYear.getOrDefault(s.year(), List.of()).stream().filter(t -> s.coversUnit(t.unit()))
                        .toList());
    }

    /** The SROI obligations of the tenders of the scope's unit and year, whatever the scope's theme. */
    BigDecimal sroiObligation(Scope scope) {
        return obligations.computeIfAbsent(new Scope(null, scope.unit(), scope.year()),
                s -> KpiCalculator.sroiObligation(tenders(s)));
    }

    /**
     * The SROI obligations of the tenders of the scope's unit awarded in the scope's year or before: the sum of each
     * year's, remembered per unit and year.
     */
    BigDecimal sroiObligationUpTo(Scope scope) {
        Scope key = new Scope(null, scope.unit(), scope.year());
        BigDecimal known = obligationsUpTo.get(key);
        if (known != null) {
            return known;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int year : tenderYears.headSet(scope.year() + 1)) {
            sum = sum.add(sroiObligation(key.withYear(year)));
        }
        obligationsUpTo.put(key, sum);
        return sum;
    }

    EffectTotals effects(Scope scope) {
        return sum(scope, false);
    }

    EffectTotals effectsUpTo(Scope scope) {
        return sum(scope, true);
    }

    /** Response figures of the scope's unit and year. */
    CoverageRow coverage(Scope scope) {
        return coverage.sum(scope.unit(), scope.year());
    }

    Coverage coverage() {
        return coverage;
    }

    List<SubmissionSummary> submissions() {
        return submissions;
    }

    /** All years that have tenders, effects or expected projects, ascending. */
    NavigableSet<Integer> years() {
        return years;
    }

    /** Units of all submissions and expected projects, sorted. */
    SortedSet<String> units() {
        return units;
    }

    /** Themes that have a criterion or an effect row. */
    SortedSet<String> themes() {
        return themes;
    }

    /** Years that have tenders. */
    SortedSet<Integer> tenderYears() {
        return tenderYears;
    }

    /** Themes that have a criterion of a tender. */
    SortedSet<String> criterionThemes() {
        return criterionThemes;
    }

    private NavigableSet<Integer> gatherYears() {
        NavigableSet<Integer> years = new TreeSet<>(tenderYears);
        effects.keySet().forEach(k -> years.add(k.year()));
        if (coverage.hasRegister()) {
            coverage.rows().forEach(r -> years.add(r.year()));
        }
        return years;
    }

    private SortedSet<String> gatherUnits() {
        SortedSet<String> units = new TreeSet<>();
        tenders.forEach(t -> units.add(t.unit()));
        effects.keySet().forEach(k -> units.add(k.unit()));
        coverage.rows().forEach(r -> units.add(r.unit()));
        return units;
    }

    private SortedSet<String> gatherThemes() {
        SortedSet<String> themes = new TreeSet<>(criterionThemes);
        effects.keySet().stream().map(EffectKey::theme).filter(Objects::nonNull).forEach(themes::add);
        return themes;
    }

    /** The date of the newest data: when the latest current submission was received. */
    Optional<LocalDate> dataDate() {
        return submissions.stream().map(SubmissionSummary::receivedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).map(i -> i.atZone(ZONE).toLocalDate());
    }

    private EffectTotals sum(Scope scope, boolean upTo) {
        EffectTotals total = new EffectTotals();
        Map<Integer, List<Map.Entry<EffectKey, EffectTotals>>> years = upTo
                ? effectsByYear.headMap(scope.year(), true)
                : effectsByYear.subMap(scope.year(), true, scope.year(), true);
        for (List<Map.Entry<EffectKey, EffectTotals>> ofYear : years.values()) {
            for (Map.Entry<EffectKey, EffectTotals> effect : ofYear) {
                if (scope.coversUnit(effect.getKey().unit()) && scope.coversTheme(effect.getKey().theme())) {
                    total.addAll(effect.getValue());
                }
            }
        }
        return total;
    }

    private static NavigableMap<Integer, List<Map.Entry<EffectKey, EffectTotals>>> byYear(
            Map<EffectKey, EffectTotals> effects) {
        NavigableMap<Integer, List<Map.Entry<EffectKey, EffectTotals>>> byYear = new TreeMap<>();
        effects.entrySet().forEach(e -> byYear.computeIfAbsent(e.getKey().year(), y -> new ArrayList<>()).add(e));
        return byYear;
    }

    /** Where effect sums are kept: unit, theme (may be null) and year. */
    record EffectKey(String unit, String theme, int year) {
    }
}
