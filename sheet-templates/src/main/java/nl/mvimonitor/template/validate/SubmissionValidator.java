package nl.mvimonitor.template.validate;

import java.util.Map;

import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;

/** PLACEHOLDER so sync-service compiles; the real validator is written on another branch. */
public final class SubmissionValidator {

    private final TemplateSchema schema;

    public SubmissionValidator(TemplateSchema schema) {
        this.schema = schema;
    }

    public ValidatedSubmission validate(Submission s) {
        SubmissionStatus status = s.quarantined() ? SubmissionStatus.QUARANTAINE : SubmissionStatus.of(s.findings());
        return new ValidatedSubmission(s.fileName(), s.metadata(), s.metadata().projectId(), null, status,
                s.findings(), Map.of());
    }
}
