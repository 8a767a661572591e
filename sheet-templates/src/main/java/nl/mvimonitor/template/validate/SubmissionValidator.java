package nl.mvimonitor.template.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;

/**
 * Validates a submission against its template in one pass and collects every finding, never stopping at the first:
 * personal data, types (including Dutch numbers and dates typed as text), code lists, ranges, patterns,
 * required-by-phase fields and rows, the schema's cross-field and cross-tab rules, template version and ProjectID,
 * and data-quality warnings. Returns typed rows for storage, without any value that was refused or looked like
 * personal data.
 *
 * <p>Thread-safe: holds only the immutable schema; each call keeps its own state. Bad data never throws; it becomes
 * findings. A quarantined submission is passed through with status QUARANTAINE and no rows.
 */
public final class SubmissionValidator {

    private final TemplateSchema schema;
    private final TabChecker tabChecker;
    private final CrossRules crossRules;
    private final TemplateChecks templateChecks;
    private final DataQualityChecks dataQuality;
    private final FindingOrder findingOrder;

    /**
     * @throws IllegalArgumentException when the schema's rules name tabs or columns it does not have
     */
    public SubmissionValidator(TemplateSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.tabChecker = new TabChecker(schema);
        this.crossRules = new CrossRules(schema);
        this.templateChecks = new TemplateChecks(schema);
        this.dataQuality = new DataQualityChecks(schema);
        this.findingOrder = new FindingOrder(schema);
    }

    public ValidatedSubmission validate(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        if (submission.quarantined()) {
            return new ValidatedSubmission(submission.fileName(), submission.metadata(),
                    submission.metadata().projectId(), null, SubmissionStatus.QUARANTAINE,
                    findingOrder.sort(submission.findings(), submission), Map.of());
        }
        Findings findings = new Findings();
        findings.addAll(submission.findings());
        Phase phase = ProjectFacts.phaseOf(submission, schema).orElse(null);
        Map<String, CheckedTab> tabs = new LinkedHashMap<>();
        for (TabSchema tab : schema.dataTabs()) {
            submission.tab(tab.key()).ifPresent(t -> tabs.put(tab.key(), tabChecker.check(tab, t, phase, findings)));
        }
        crossRules.check(tabs, phase, findings);
        templateChecks.check(submission.metadata(), tabs.get(ProjectFacts.PROJECT_TAB), findings);
        dataQuality.check(tabs, phase, findings);
        List<Finding> sorted = findingOrder.sort(findings.all(), submission);
        return new ValidatedSubmission(submission.fileName(), submission.metadata(), projectId(tabs, submission),
                phase, SubmissionStatus.of(sorted), sorted, typedRows(tabs));
    }

    /** The ProjectID from the Project tab, or from the workbook metadata when the tab has none. */
    private static String projectId(Map<String, CheckedTab> tabs, Submission submission) {
        CheckedTab project = tabs.get(ProjectFacts.PROJECT_TAB);
        Object id = project == null || project.rows().isEmpty() ? null : project.rows().get(0).value(
                ProjectFacts.PROJECT_ID);
        return id != null ? id.toString() : submission.metadata().projectId();
    }

    private static Map<String, List<TypedRow>> typedRows(Map<String, CheckedTab> tabs) {
        Map<String, List<TypedRow>> rows = new LinkedHashMap<>();
        tabs.forEach((key, tab) -> {
            boolean emptyForm = tab.schema().layout() == TabLayout.FORM && tab.submitted().rows().isEmpty();
            rows.put(key, emptyForm ? List.of() : tab.rows().stream().map(CheckedRow::typed).toList());
        });
        return rows;
    }
}
