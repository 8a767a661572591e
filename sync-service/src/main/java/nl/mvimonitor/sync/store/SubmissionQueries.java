package nl.mvimonitor.sync.store;

import java.util.function.Consumer;

import nl.mvimonitor.template.finding.Finding;

import java.util.List;

import nl.mvimonitor.template.validate.TypedRow;

/**
 * Read side of the store, as the outputs (consolidated and board workbooks) use it. Only current submissions
 * count: the latest content of each source file that still exists. Large tabs are visited row by row, never
 * loaded whole.
 */
public interface SubmissionQueries {

    /**
     * Current submissions, ordered by unit, then ProjectID, then source path; each marked as counting for its
     * project or as a duplicate of the one with its ProjectID that counts ({@link ProjectDuplicates}).
     */
    List<SubmissionSummary> currentSubmissions();

    /**
     * Visits the typed rows of one tab over all current submissions, ordered like {@link #currentSubmissions()}
     * and then by row number. Quarantined submissions have no rows.
     */
    void forEachRow(String tabKey, RowVisitor visitor);

    /** Visits the findings of all current submissions, in submission order and then in the order they were found. */
    void forEachFinding(FindingVisitor visitor);

    /**
     * Visits the typed rows of one tab of one submission, by row number: for outputs that render or sum a
     * submission once and keep the result until its content changes.
     */
    void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor);

    /** The number of rows of one tab of one submission, without reading them. */
    int rowCountOf(SubmissionSummary submission, String tabKey);

    /**
     * Visits the findings of one submission in the order they were found; a duplicate's {@code DUBBEL_PROJECT}
     * ({@link DuplicateOf#finding()}) first.
     */
    void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor);

    /** Projects the MVI team expects a sheet for; empty when no register is configured. */
    List<ExpectedProject> expectedProjects();

    /** Receives one row of a tab with the submission it belongs to. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(SubmissionSummary submission, TypedRow row);
    }

    /** Receives one finding. */
    @FunctionalInterface
    interface FindingVisitor {
        void visit(StoredFinding finding);
    }
}
