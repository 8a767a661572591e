package nl.mvimonitor.sync.consolidation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;

/** Store queries that note which submissions' rows were read; outputs read from several threads. */
public final class CountingQueries implements SubmissionQueries {

    private final SubmissionQueries store;
    private final Set<Long> read = ConcurrentHashMap.newKeySet();

    public CountingQueries(SubmissionQueries store) {
        this.store = store;
    }

    public Set<Long> submissionsRead() {
        return Set.copyOf(read);
    }

    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return store.currentSubmissions();
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        store.forEachRow(tabKey, (submission, row) -> {
            read.add(submission.submissionId());
            visitor.visit(submission, row);
        });
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        store.forEachFinding(visitor);
    }

    @Override
    public void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor) {
        read.add(submission.submissionId());
        store.forEachRowOf(submission, tabKey, visitor);
    }

    @Override
    public int rowCountOf(SubmissionSummary submission, String tabKey) {
        read.add(submission.submissionId());
        return store.rowCountOf(submission, tabKey);
    }

    @Override
    public void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor) {
        read.add(submission.submissionId());
        store.forEachFindingOf(submission, visitor);
    }

    @Override
    public List<ExpectedProject> expectedProjects() {
        return store.expectedProjects();
    }
}
