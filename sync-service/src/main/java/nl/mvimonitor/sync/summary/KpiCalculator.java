package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import nl.mvimonitor.sync.consolidation.CoverageRow;

/**
 * Computes each KPI of the {@link Kpi} catalogue for a scope (theme, unit, year) from the gathered facts. The
 * figures of a scope are gathered once and shared by all its KPIs and tabs: the tabs ask for the same scopes many
 * times (every KPI of a unit and year, every year back to the reporting year, the Inzet table and its chart).
 */
final class KpiCalculator {

    private final MonitorFacts facts;
    private final Map<Scope, InzetFigures> inzet = new HashMap<>();
    private final Map<Scope, EffectTotals> effects = new HashMap<>();
    private final Map<Scope, EffectTotals> effectsUpTo = new HashMap<>();

    KpiCalculator(MonitorFacts facts) {
        this.facts = facts;
    }

    MonitorFacts facts() {
        return facts;
    }

    /** The value, or empty when the scope has no data for it (or the KPI cannot be split by theme). */
    Optional<KpiValue> value(Kpi kpi, Scope scope) {
        if (scope.theme() != null && !kpi.perTheme()) {
            return Optional.empty();
        }
        return switch (kpi.group()) {
            case INZET -> inzet(kpi, scope);
            case EFFECT -> effect(kpi, scope);
            case DATAKWALITEIT -> quality(kpi, scope);
        };
    }

    /** The latest year up to {@code notAfter} in which the KPI has a value for the theme and unit. */
    OptionalInt reportingYear(Kpi kpi, Scope scope, int notAfter) {
        for (int year : facts.years().descendingSet()) {
            if (year <= notAfter && value(kpi, scope.withYear(year)).isPresent()) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Over all units, the figures of every theme with criteria are worked out together (the Inzet tab and the goals
     * ask for them all); per unit, only the theme asked (the units' tab asks for all themes together only).
     */
    InzetFigures inzet(Scope scope) {
        InzetFigures known = inzet.get(scope);
        if (known != null) {
            return known;
        }
        if (scope.unit() != null) {
            known = InzetFigures.of(facts.tenders(scope), scope.theme());
            inzet.put(scope, known);
            return known;
        }
        List<String> themes = new ArrayList<>();
        themes.add(null);
        themes.addAll(facts.criterionThemes());
        if (!themes.contains(scope.theme())) {
            themes.add(scope.theme());
        }
        InzetFigures.ofThemes(facts.tenders(scope), themes)
                .forEach((theme, figures) -> inzet.putIfAbsent(new Scope(theme, null, scope.year()), figures));
        return inzet.get(scope);
    }

    /** The effect sums of the scope; shared, so never to be added to. */
    EffectTotals effects(Scope scope) {
        return effects.computeIfAbsent(scope, facts::effects);
    }

    private Optional<KpiValue> inzet(Kpi kpi, Scope scope) {
        InzetFigures f = inzet(scope);
        return switch (kpi) {
            case MVI_AANDEEL -> f.mviShare().map(v -> new KpiValue(v, f.withMvi() + " van " + f.tenders()
                    + " aanbestedingen"));
            case AMBITIEUS_AANDEEL -> f.ambitiousShare().map(v -> new KpiValue(v, f.ambitious() + " van "
                    + f.withMvi() + " aanbestedingen met MVI"));
            case MVI_WAARDE_AANDEEL -> f.valueShare().map(v -> new KpiValue(v, DutchText.euro(f.valueWithMvi())
                    + " van " + DutchText.euro(f.value())));
            case MVI_WEGING -> f.awardWeight().map(v -> new KpiValue(v, "gemiddeld over " + f.tenders()
                    + " aanbestedingen"));
            case BORGING_AANDEEL -> f.anchoredShare().map(v -> new KpiValue(v, f.anchored() + " van "
                    + f.contractedWithMvi() + " gegunde contracten met MVI"));
            default -> throw new IllegalArgumentException("not an inzet KPI: " + kpi);
        };
    }

    private Optional<KpiValue> effect(Kpi kpi, Scope scope) {
        EffectTotals year = effects(scope);
        return switch (kpi) {
            case CO2_GEREALISEERD -> year.hasCo2() ? Optional.of(new KpiValue(year.co2Realised(),
                    planned("gecontracteerd (gepland)", year.co2Planned(), "t CO2-eq"))) : Optional.empty();
            case PRIMAIR_MATERIAAL_VERMEDEN -> year.hasPrimaryMaterial() ? Optional.of(new KpiValue(
                    year.primaryRealised(), planned("gepland", year.primaryPlanned(), "t"))) : Optional.empty();
            case SROI_REALISATIE -> sroiRealisation(scope);
            case SROI_PLAATSINGEN -> year.hasSroi() ? Optional.of(new KpiValue(year.placements(),
                    "totaal van de SROI-opgaven")) : Optional.empty();
            default -> throw new IllegalArgumentException("not an effect KPI: " + kpi);
        };
    }

    private static String planned(String label, BigDecimal planned, String unit) {
        return planned == null ? "geen geplande waarde opgegeven" : label + " " + DutchText.number(planned) + " " + unit;
    }

    /** Cumulative: obligations are per contract, realisation per period, so only totals to date compare. */
    private Optional<KpiValue> sroiRealisation(Scope scope) {
        if (!scope.coversTheme(RealisationSums.SOCIAL_RETURN)) {
            return Optional.empty();
        }
        BigDecimal obligation = facts.sroiObligationUpTo(scope);
        BigDecimal realised = effectsUpTo.computeIfAbsent(scope, facts::effectsUpTo).sroiRealised();
        return Percent.of(realised, obligation).map(v -> new KpiValue(v, DutchText.euro(realised) + " van "
                + DutchText.euro(obligation) + " verplichting (t/m " + scope.year() + ")"));
    }

    static BigDecimal sroiObligation(List<TenderFact> tenders) {
        return tenders.stream().map(TenderFact::sroiObligation).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<KpiValue> quality(Kpi kpi, Scope scope) {
        EffectTotals rows = effects(scope);
        return switch (kpi) {
            case RESPONS -> response(facts.coverage(scope));
            case BEWIJS_AANDEEL -> Percent.of(rows.withEvidence(), rows.rows()).map(v -> new KpiValue(v,
                    rows.withEvidence() + " van " + rows.rows() + " Realisatie-rijen"));
            case SCHATTING_AANDEEL -> Percent.of(rows.estimated(), rows.rows()).map(v -> new KpiValue(v,
                    rows.estimated() + " van " + rows.rows() + " Realisatie-rijen"));
            default -> throw new IllegalArgumentException("not a data-quality KPI: " + kpi);
        };
    }

    private static Optional<KpiValue> response(CoverageRow coverage) {
        return Percent.of(coverage.received(), coverage.expected()).map(v -> new KpiValue(v,
                coverage.received() + " van " + coverage.expected() + " verwachte projecten"));
    }
}
