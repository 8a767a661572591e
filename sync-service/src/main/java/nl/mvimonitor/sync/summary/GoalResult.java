package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A board goal compared with its KPI.
 *
 * @param goal        the goal as the board typed it, or null for a KPI the board set no goal for
 * @param standing    the KPI's standing for the goal's theme, or null when KPI or theme is unknown
 * @param expected    value expected on the path in the reporting year, or null
 * @param pathPercent progress from baseline to target in percent, or null
 * @param status      RAG status
 * @param remarkNl    Dutch remark: what the figures rest on, or what to correct in the goal
 */
record GoalResult(BoardGoal goal, KpiStanding standing, BigDecimal expected, BigDecimal pathPercent,
                  RagStatus status, String remarkNl) {

    GoalResult {
        Objects.requireNonNull(status, "status");
        remarkNl = remarkNl == null ? "" : remarkNl;
    }

    /** The goal's path from baseline to target; empty without goal or Streefwaarde. */
    Optional<GoalPath> path() {
        return goal == null ? Optional.empty() : goal.path();
    }
}
