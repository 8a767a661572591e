/**
 * KPIs against the board's goals per theme, unit and period, and the board workbook (MVI-bestuursrapportage.xlsx):
 * {@link nl.mvimonitor.sync.summary.BoardReportWriter}.
 *
 * <p>The KPI catalogue is {@link nl.mvimonitor.sync.summary.Kpi}; the traffic-light rule is
 * {@link nl.mvimonitor.sync.summary.RagRule}. The board's goals are read by
 * {@link nl.mvimonitor.sync.summary.BoardGoals} from the goals tab of the previous board workbook (or a seed file)
 * and written back exactly as typed, so the board keeps its goals in the workbook it reads. That tab is found by the
 * report's own marker ({@code GoalsTabMarker}), so the board may rename it; no other tab is ever taken for the goals.
 *
 * <p>The figures come from each submission's {@code SubmissionFacts} (its Project row, criteria, clauses and effect
 * sums), kept on disk (the run gives {@code mvi.publish.cache-dir}/bestuur) until the submission changes, so a run only reads
 * the rows of what changed. The folder is safe to delete.
 */
package nl.mvimonitor.sync.summary;
