package nl.mvimonitor.sync.store;

import java.util.Objects;

import nl.mvimonitor.template.finding.Finding;

/** A finding with the submission it belongs to. */
public record StoredFinding(SubmissionSummary submission, Finding finding) {

    public StoredFinding {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(finding, "finding");
    }
}
