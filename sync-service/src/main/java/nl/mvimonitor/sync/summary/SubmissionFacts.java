package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the board report needs of one submission's rows alone, so it can be computed once per content and kept:
 * the Project row's fields, the criteria and clauses, and the effect sums per theme and year. Everything that
 * depends on the submission's summary (unit, phase, status, year received) is applied when the facts are assembled.
 *
 * @param project  the Project row's fields, or null when the submission has no Project row
 * @param criteria criteria in row order
 * @param clauses  clauses in row order
 * @param effects  partial effect sums of this submission; not to be changed once the facts are complete
 */
record SubmissionFacts(ProjectFields project, List<CriterionFact> criteria, List<ClauseFact> clauses,
                       Map<ThemeYear, EffectTotals> effects) {

    /** The facts of a submission without rows (a quarantined file). */
    static final SubmissionFacts NONE = new SubmissionFacts(null, List.of(), List.of(), Map.of());

    SubmissionFacts {
        criteria = List.copyOf(criteria);
        clauses = List.copyOf(clauses);
        effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }

    /**
     * The Project row's fields the tender needs.
     *
     * @param datedYear year of the award date, else of the contract start; null when neither is filled
     * @param value     contract value, else estimated value; may be null
     * @param phaseCode the phase as typed, used when the submission's summary has no phase; may be null
     */
    record ProjectFields(Integer datedYear, BigDecimal value, String phaseCode) {
    }

    /** Where a submission's effect sums are kept; the unit is the submission's. */
    record ThemeYear(String theme, int year) {

        MonitorFacts.EffectKey in(String unit) {
            return new MonitorFacts.EffectKey(Objects.requireNonNull(unit, "unit"), theme, year);
        }
    }
}
