package nl.mvimonitor.sync.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * One submission just stored, with its rows and findings exactly as a read of the store gives them (numbers as
 * their plain decimal, rows by sheet row, values in schema order, long messages cut, cells only as A1), made from
 * the validated result instead of read and decoded again.
 */
final class JustStored implements SubmissionQueries {

    private final SubmissionSummary submission;
    private final Map<String, List<TypedRow>> rows = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    JustStored(SubmissionSummary submission, RowCodec codec, ValidatedSubmission result) {
        this.submission = submission;
        result.rows().forEach((tabKey, tabRows) -> {
            List<TypedRow> canonical = new ArrayList<>(tabRows.size());
            for (TypedRow row : tabRows) {
                canonical.add(codec.canonical(tabKey, row));
            }
            canonical.sort(Comparator.comparingInt(TypedRow::rowNumber));
            rows.put(tabKey, canonical);
        });
        for (Finding finding : result.findings()) {
            FindingColumns f = FindingColumns.of(finding);
            findings.add(JdbcSubmissionQueries.asRead(finding.severity(), f.rule(), f.sheet(), f.cell(),
                    f.message()));
        }
    }

    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return List.of(submission);
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        forEachRowOf(submission, tabKey, row -> visitor.visit(submission, row));
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        forEachFindingOf(submission, f -> visitor.visit(new StoredFinding(submission, f)));
    }

    @Override
    public void forEachRowOf(SubmissionSummary other, String tabKey, Consumer<TypedRow> visitor) {
        if (other.submissionId() == submission.submissionId()) {
            rows.getOrDefault(tabKey, List.of()).forEach(visitor);
        }
    }

    @Override
    public int rowCountOf(SubmissionSummary other, String tabKey) {
        return other.submissionId() == submission.submissionId() ? rows.getOrDefault(tabKey, List.of()).size() : 0;
    }

    @Override
    public void forEachFindingOf(SubmissionSummary other, Consumer<Finding> visitor) {
        if (other.submissionId() == submission.submissionId()) {
            findings.forEach(visitor);
        }
    }

    @Override
    public List<ExpectedProject> expectedProjects() {
        return List.of();
    }
}
