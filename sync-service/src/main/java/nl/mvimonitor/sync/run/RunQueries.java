package nl.mvimonitor.sync.run;

import java.util.function.Consumer;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;

import java.util.List;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * The store's queries as one run's outputs see them: with the project register as the run read it, so the register
 * is read once per run and every output agrees with the signature the run records.
 *
 * @param store            the store's queries
 * @param expectedProjects the register as read by this run
 */
record RunQueries(SubmissionQueries store, List<ExpectedProject> expectedProjects) implements SubmissionQueries {

    RunQueries {
        expectedProjects = List.copyOf(expectedProjects);
    }

    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return store.currentSubmissions();
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
