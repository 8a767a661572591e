package nl.mvimonitor.sync.run;

import java.util.List;
import java.util.function.Consumer;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * The store's queries as one run's outputs see them: with the project register as the run read it, so the register
 * is read once per run and every output agrees with the signature the run records. The current submissions are
 * queried once for all outputs: nothing stores submissions while the outputs are written. So which file counts for a
 * ProjectID shared by several ({@link nl.mvimonitor.sync.store.ProjectDuplicates}) is decided once per run, and both
 * outputs and the signature see the same choice. Thread-safe.
 */
final class RunQueries implements SubmissionQueries {

    private final SubmissionQueries store;
    private final List<ExpectedProject> expectedProjects;
    /** Null until the first output asks. */
    private List<SubmissionSummary> current;

    /**
     * @param store            the store's queries
     * @param expectedProjects the register as read by this run
     */
    RunQueries(SubmissionQueries store, List<ExpectedProject> expectedProjects) {
        this.store = store;
        this.expectedProjects = List.copyOf(expectedProjects);
    }

    /** Queried once; an output that asks while another's query runs waits for it. */
    @Override
    public synchronized List<SubmissionSummary> currentSubmissions() {
        if (current == null) {
            current = List.copyOf(store.currentSubmissions());
        }
        return current;
    }

    @Override
    public List<ExpectedProject> expectedProjects() {
        return expectedProjects;
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        store.forEachRow(tabKey, visitor);
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        store.forEachFinding(visitor);
    }

    @Override
    public void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor) {
        store.forEachRowOf(submission, tabKey, visitor);
    }

    @Override
    public int rowCountOf(SubmissionSummary submission, String tabKey) {
        return store.rowCountOf(submission, tabKey);
    }

    @Override
    public void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor) {
        store.forEachFindingOf(submission, visitor);
    }
}
