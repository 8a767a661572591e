package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.template.schema.Phase;

/**
 * One tender (a project in phase AANBESTEDEN or later) with its criteria and clauses.
 *
 * @param projectId ProjectID, or null
 * @param unit      organisational unit
 * @param year      award year (else contract start year, else year received)
 * @param phase     phase
 * @param value     contract value, else estimated value, in EUR; may be null
 * @param uses      how the tender applies MVI per theme ({@link #use}); worked out by the constructor (pass null):
 *                  the board's tabs ask it of every tender for every theme, unit and year
 */
record TenderFact(String projectId, String unit, int year, Phase phase, BigDecimal value,
                  List<CriterionFact> criteria, List<ClauseFact> clauses, Map<String, ThemeUse> uses) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    TenderFact {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(phase, "phase");
        criteria = List.copyOf(criteria);
        clauses = List.copyOf(clauses);
        Map<String, ThemeUse> worked = ThemeUse.of(criteria, clauses);
        if (uses != null && !uses.equals(worked)) {
            throw new IllegalArgumentException("uses do not match the criteria and clauses; pass null");
        }
        uses = worked;
    }

    TenderFact(String projectId, String unit, int year, Phase phase, BigDecimal value, List<CriterionFact> criteria,
            List<ClauseFact> clauses) {
        this(projectId, unit, year, phase, value, criteria, clauses, null);
    }

    /** How the tender applies MVI in the theme (null: in any theme); null when it has no criterion in it. */
    ThemeUse use(String theme) {
        return uses.get(theme);
    }

    /**
     * How a tender applies MVI in one theme (or in any), for a theme in which it has a criterion.
     *
     * @param ambitious       a criterion at level 2 or 3
     * @param awardWeight     the sum of the award weights of its award criteria, at most 100
     * @param kpiClause       a KPI clause in the theme
     * @param reportingClause a reporting-duty clause in the theme
     */
    record ThemeUse(boolean ambitious, BigDecimal awardWeight, boolean kpiClause, boolean reportingClause) {

        /** By theme (the null key: any theme), for every theme with a criterion; unmodifiable. */
        static Map<String, ThemeUse> of(List<CriterionFact> criteria, List<ClauseFact> clauses) {
            Map<String, ThemeUse> uses = new HashMap<>();
            if (!criteria.isEmpty()) {
                uses.put(null, in(null, criteria, clauses));
            }
            for (CriterionFact criterion : criteria) {
                if (criterion.theme() != null && !uses.containsKey(criterion.theme())) {
                    uses.put(criterion.theme(), in(criterion.theme(), criteria, clauses));
                }
            }
            return Collections.unmodifiableMap(uses);
        }

        private static ThemeUse in(String theme, List<CriterionFact> criteria, List<ClauseFact> clauses) {
            boolean ambitious = false;
            BigDecimal weight = BigDecimal.ZERO;
            for (CriterionFact c : criteria) {
                if (theme == null || theme.equals(c.theme())) {
                    ambitious |= c.isAmbitious();
                    if (c.isAwardCriterion() && c.weight() != null) {
                        weight = weight.add(c.weight());
                    }
                }
            }
            boolean kpi = false;
            boolean reporting = false;
            for (ClauseFact c : clauses) {
                if (theme == null || theme.equals(c.theme())) {
                    kpi |= ClauseFact.KPI.equals(c.type());
                    reporting |= ClauseFact.REPORTING.equals(c.type());
                }
            }
            return new ThemeUse(ambitious, weight.min(HUNDRED), kpi, reporting);
        }
    }

    /** Awarded and under contract (or completed), so clauses are expected. */
    boolean isContracted() {
        return phase.atLeast(Phase.UITVOEREN);
    }

    BigDecimal sroiObligation() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ClauseFact c : clauses) {
            if (c.sroiObligation() != null) {
                sum = sum.add(c.sroiObligation());
            }
        }
        return sum;
    }
}
