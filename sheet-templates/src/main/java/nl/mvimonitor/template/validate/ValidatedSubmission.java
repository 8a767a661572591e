package nl.mvimonitor.template.validate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * The result of validating one submission: every finding (reader and validator) and the typed rows that may be
 * stored. Contains no personal data: suspect values are dropped from the rows and never quoted in findings.
 *
 * @param fileName  source file name
 * @param metadata  template metadata of the file
 * @param projectId ProjectID from the Project tab (or the metadata when the tab lacks it), may be null
 * @param phase     phase from the Project tab, may be null
 * @param status    overall status
 * @param findings  all findings, in sheet and row order
 * @param rows      typed rows per tab key (FORM tabs have at most one row)
 */
public record ValidatedSubmission(
        String fileName,
        WorkbookMetadata metadata,
        String projectId,
        Phase phase,
        SubmissionStatus status,
        List<Finding> findings,
        Map<String, List<TypedRow>> rows) {

    public ValidatedSubmission {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        rows = Map.copyOf(rows);
    }

    public List<TypedRow> rows(String tabKey) {
        return rows.getOrDefault(tabKey, List.of());
    }

    /** The single row of a FORM tab such as Project. */
    public Optional<TypedRow> single(String tabKey) {
        return rows(tabKey).stream().findFirst();
    }
}
