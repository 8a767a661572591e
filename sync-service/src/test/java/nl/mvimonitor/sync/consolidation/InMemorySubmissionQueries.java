package nl.mvimonitor.sync.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.ProjectDuplicates;
import nl.mvimonitor.sync.store.StoredFinding;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * The store's read side in memory, for tests of the outputs. Keeps the port's ordering promises and marks duplicates
 * of a ProjectID as the store does; rows and findings belong to a submission by its id, whatever its mark.
 */
public final class InMemorySubmissionQueries implements SubmissionQueries {

    private final List<SubmissionSummary> submissions = new ArrayList<>();
    private final Map<String, List<Entry>> rows = new LinkedHashMap<>();
    private final List<StoredFinding> findings = new ArrayList<>();
    private final List<ExpectedProject> expected = new ArrayList<>();

    public SubmissionSummary add(SubmissionSummary submission) {
        submissions.add(submission);
        return submission;
    }

    /** Adds {@code copy} with every row and finding of {@code original}: the same sheet in another file. */
    public SubmissionSummary addCopy(SubmissionSummary original, SubmissionSummary copy) {
        add(copy);
        for (List<Entry> tab : rows.values()) {
            for (Entry e : List.copyOf(tab)) {
                if (e.submission().submissionId() == original.submissionId()) {
                    tab.add(new Entry(copy, e.row()));
                }
            }
        }
        for (StoredFinding f : List.copyOf(findings)) {
            if (f.submission().submissionId() == original.submissionId()) {
                findings.add(new StoredFinding(copy, f.finding()));
            }
        }
        return copy;
    }

    /** The submission with this id, as it was added. */
    public SubmissionSummary added(long submissionId) {
        return submissions.stream().filter(s -> s.submissionId() == submissionId).findFirst().orElseThrow();
    }

    /** Adds a row; {@code keyValues} alternates column key and value, null values are left out. */
    public void row(SubmissionSummary submission, String tabKey, int rowNumber, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                values.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        rows.computeIfAbsent(tabKey, k -> new ArrayList<>()).add(new Entry(submission, new TypedRow(rowNumber, values)));
    }

    public void finding(SubmissionSummary submission, Finding finding) {
        findings.add(new StoredFinding(submission, finding));
    }

    public void expect(ExpectedProject project) {
        expected.add(project);
    }

    /** Forgets the project register, as when none is configured. */
    public void forgetRegister() {
        expected.clear();
    }

    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return ProjectDuplicates.marked(submissions.stream().sorted(order()).toList());
    }

    /** Forgets a submission, as when its file is deleted. */
    public void remove(SubmissionSummary submission) {
        submissions.removeIf(s -> s.submissionId() == submission.submissionId());
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        for (SubmissionSummary submission : currentSubmissions()) {
            forEachRowOf(submission, tabKey, row -> visitor.visit(submission, row));
        }
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        for (SubmissionSummary submission : currentSubmissions()) {
            forEachFindingOf(submission, finding -> visitor.visit(new StoredFinding(submission, finding)));
        }
    }

    @Override
    public void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor) {
        rows.getOrDefault(tabKey, List.of()).stream()
                .filter(e -> e.submission().submissionId() == submission.submissionId())
                .sorted(Comparator.comparingInt(e -> e.row().rowNumber()))
                .forEach(e -> visitor.accept(e.row()));
    }

    @Override
    public int rowCountOf(SubmissionSummary submission, String tabKey) {
        return (int) rows.getOrDefault(tabKey, List.of()).stream()
                .filter(e -> e.submission().submissionId() == submission.submissionId()).count();
    }

    @Override
    public void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor) {
        if (!submission.counts()) {
            visitor.accept(submission.duplicateOf().finding());
        }
        findings.stream().filter(f -> f.submission().submissionId() == submission.submissionId())
                .forEach(f -> visitor.accept(f.finding()));
    }

    @Override
    public List<ExpectedProject> expectedProjects() {
        return List.copyOf(expected);
    }

    private static Comparator<SubmissionSummary> order() {
        return Comparator.comparing((SubmissionSummary s) -> s.unit() == null ? "" : s.unit())
                .thenComparing(s -> s.projectId() == null ? "" : s.projectId())
                .thenComparing(SubmissionSummary::sourcePath);
    }

    private record Entry(SubmissionSummary submission, TypedRow row) {
    }
}
