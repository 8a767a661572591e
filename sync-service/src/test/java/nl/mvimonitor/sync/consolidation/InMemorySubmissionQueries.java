package nl.mvimonitor.sync.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.StoredFinding;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.validate.TypedRow;

/** The store's read side in memory, for tests of the outputs. Keeps the port's ordering promises. */
public final class InMemorySubmissionQueries implements SubmissionQueries {

    private final List<SubmissionSummary> submissions = new ArrayList<>();
    private final Map<String, List<Entry>> rows = new LinkedHashMap<>();
    private final List<StoredFinding> findings = new ArrayList<>();
    private final List<ExpectedProject> expected = new ArrayList<>();

    public SubmissionSummary add(SubmissionSummary submission) {
        submissions.add(submission);
        return submission;
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

    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return submissions.stream().sorted(order()).toList();
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        List<SubmissionSummary> ordered = currentSubmissions();
        rows.getOrDefault(tabKey, List.of()).stream()
                .sorted(Comparator.comparingInt((Entry e) -> ordered.indexOf(e.submission()))
                        .thenComparingInt(e -> e.row().rowNumber()))
                .forEach(e -> visitor.visit(e.submission(), e.row()));
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        List<SubmissionSummary> ordered = currentSubmissions();
        findings.stream()
                .sorted(Comparator.comparingInt(f -> ordered.indexOf(f.submission())))
                .forEach(visitor::visit);
    }

    @Override
    public void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor) {
        rows.getOrDefault(tabKey, List.of()).stream()
                .filter(e -> e.submission().equals(submission))
                .sorted(Comparator.comparingInt(e -> e.row().rowNumber()))
                .forEach(e -> visitor.accept(e.row()));
    }

    @Override
    public int rowCountOf(SubmissionSummary submission, String tabKey) {
        return (int) rows.getOrDefault(tabKey, List.of()).stream().filter(e -> e.submission().equals(submission))
                .count();
    }

    @Override
    public void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor) {
        findings.stream().filter(f -> f.submission().equals(submission)).forEach(f -> visitor.accept(f.finding()));
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
