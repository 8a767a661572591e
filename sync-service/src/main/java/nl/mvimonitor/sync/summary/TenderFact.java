package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.List;
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
 */
record TenderFact(String projectId, String unit, int year, Phase phase, BigDecimal value,
                  List<CriterionFact> criteria, List<ClauseFact> clauses) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    TenderFact {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(phase, "phase");
        criteria = List.copyOf(criteria);
        clauses = List.copyOf(clauses);
    }

    // loops rather than streams below: the board's tabs ask these of every tender for every theme and year

    boolean hasMvi(String theme) {
        if (theme == null) {
            return !criteria.isEmpty();
        }
        for (CriterionFact c : criteria) {
            if (theme.equals(c.theme())) {
                return true;
            }
        }
        return false;
    }

    boolean hasAmbitious(String theme) {
        for (CriterionFact c : criteria) {
            if (c.isAmbitious() && (theme == null || theme.equals(c.theme()))) {
                return true;
            }
        }
        return false;
    }

    /** Sum of the award weights of the MVI award criteria in the theme, at most 100. */
    BigDecimal awardWeight(String theme) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionFact c : criteria) {
            if (c.isAwardCriterion() && c.weight() != null && (theme == null || theme.equals(c.theme()))) {
                sum = sum.add(c.weight());
            }
        }
        return sum.min(HUNDRED);
    }

    boolean hasClause(String type, String theme) {
        for (ClauseFact c : clauses) {
            if (type.equals(c.type()) && (theme == null || theme.equals(c.theme()))) {
                return true;
            }
        }
        return false;
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

    BigDecimal mkiReduction(String theme) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ClauseFact c : clauses) {
            if (c.mkiReduction() != null && (theme == null || theme.equals(c.theme()))) {
                sum = sum.add(c.mkiReduction());
            }
        }
        return sum;
    }
}
