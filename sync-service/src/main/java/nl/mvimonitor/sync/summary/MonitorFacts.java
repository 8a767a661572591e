package nl.mvimonitor.sync.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.mvimonitor.sync.consolidation.Coverage;
import nl.mvimonitor.sync.consolidation.CoverageRow;
import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * Everything the board report is computed from, gathered from the store in one pass per tab: tenders with their
 * criteria and clauses, effect sums per unit, theme and year, the response figures and the submissions.
 */
final class MonitorFacts {

    /** Dates and years of timestamps are taken in Dutch local time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final List<TenderFact> tenders;
    /** The tenders per year, in the order of {@link #tenders}: every tab asks for one year's tenders, many times. */
    private final Map<Integer, List<TenderFact>> tendersByYear;
    private final Map<EffectKey, EffectTotals> effects;
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
        return tendersByYear.getOrDefault(scope.year(), List.of()).stream().filter(t -> scope.coversUnit(t.unit()))
                .toList();
    }

    /** Tenders of the scope's unit awarded in the scope's year or before. */
    List<TenderFact> tendersUpTo(Scope scope) {
        return tenders.stream().filter(t -> scope.coversUnit(t.unit()) && t.year() <= scope.year()).toList();
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
        effects.forEach((key, totals) -> {
            boolean yearMatches = upTo ? key.year() <= scope.year() : key.year() == scope.year();
            if (yearMatches && scope.coversUnit(key.unit()) && scope.coversTheme(key.theme())) {
                total.addAll(totals);
            }
        });
        return total;
    }

    /** Where effect sums are kept: unit, theme (may be null) and year. */
    record EffectKey(String unit, String theme, int year) {
    }
}
