package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import nl.mvimonitor.template.schema.CodeList;

/**
 * Compares board goals with their KPIs using the {@link RagRule}. A goal whose KPI code or theme is unknown, or that
 * lacks a Streefwaarde, gets status GRIJS and a Dutch remark that says what to correct; its cells stay untouched.
 */
final class GoalEvaluator {

    private static final Set<String> ALL_THEMES = Set.of("", "alle", "alle thema's", "alle themas", "allemaal");

    private final KpiCalculator calculator;
    private final CodeList themes;
    private final int currentYear;

    GoalEvaluator(KpiCalculator calculator, CodeList themes, int currentYear) {
        this.calculator = calculator;
        this.themes = themes;
        this.currentYear = currentYear;
    }

    /** The KPI's standing for a theme over all units, in its latest year with data up to the current year. */
    KpiStanding standing(Kpi kpi, String theme) {
        Scope scope = new Scope(theme, null, currentYear);
        OptionalInt year = calculator.reportingYear(kpi, scope, currentYear);
        if (year.isEmpty()) {
            return new KpiStanding(kpi, theme, null, null, null);
        }
        int y = year.getAsInt();
        return new KpiStanding(kpi, theme, y, calculator.value(kpi, scope.withYear(y)).orElse(null),
                calculator.value(kpi, scope.withYear(y - 1)).orElse(null));
    }

    GoalResult evaluate(BoardGoal goal) {
        Optional<Kpi> kpi = Kpi.fromText(goal.kpiCode());
        if (kpi.isEmpty()) {
            return grey(goal, null, "Onbekende KPI-code. Kies een code uit het tabblad Toelichting; "
                    + "het doel blijft bewaard maar wordt niet berekend.");
        }
        ThemeChoice theme = theme(goal.theme());
        if (!theme.known()) {
            return grey(goal, null, "Onbekend thema. Gebruik een themacode zoals KLI, of laat Thema leeg voor alle thema's.");
        }
        if (theme.code() != null && !kpi.get().perTheme()) {
            return grey(goal, null, "Deze KPI bestaat niet per thema. Laat Thema leeg.");
        }
        KpiStanding standing = standing(kpi.get(), theme.code());
        Optional<GoalPath> path = goal.path();
        if (path.isEmpty()) {
            return grey(goal, standing, "Geen Streefwaarde (als getal) ingevuld: er is geen status te bepalen.");
        }
        if (!standing.hasData()) {
            return grey(goal, standing, "Nog geen gegevens voor deze KPI tot en met " + currentYear + ".");
        }
        return compare(goal, standing, path.get());
    }

    static GoalResult compare(BoardGoal goal, KpiStanding standing, GoalPath path) {
        BigDecimal realised = standing.current().value();
        boolean higherIsBetter = standing.kpi().higherIsBetter();
        return new GoalResult(goal, standing, path.expectedIn(standing.year()),
                RagRule.pathPercent(path, realised).orElse(null),
                RagRule.status(path, higherIsBetter, standing.year(), realised),
                standing.current().basisNl() + " (" + standing.year() + ")");
    }

    /** The theme the board typed: a code, label or "code - label"; empty or "alle" for all themes. */
    private ThemeChoice theme(String text) {
        if (ALL_THEMES.contains(text.trim().toLowerCase(Locale.ROOT))) {
            return new ThemeChoice(true, null);
        }
        return themes.find(text).map(e -> new ThemeChoice(true, e.code())).orElse(new ThemeChoice(false, null));
    }

    /** Whether the typed theme is known, and its code (null: all themes). */
    private record ThemeChoice(boolean known, String code) {
    }

    private static GoalResult grey(BoardGoal goal, KpiStanding standing, String remark) {
        return new GoalResult(goal, standing, null, null, RagStatus.GRIJS, remark);
    }
}
