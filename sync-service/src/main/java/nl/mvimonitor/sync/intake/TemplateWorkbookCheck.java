package nl.mvimonitor.sync.intake;

import org.springframework.stereotype.Component;

import nl.mvimonitor.template.read.SubmissionReader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.validate.SubmissionValidator;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** The real check: the template's streaming reader, then its validator. */
@Component
public class TemplateWorkbookCheck implements WorkbookCheck {

    private final SubmissionReader reader;
    private final SubmissionValidator validator;

    public TemplateWorkbookCheck(TemplateSchema schema) {
        // both are thread-safe: one of each serves every worker thread, so the schema is prepared once, not per file
        this.reader = new SubmissionReader(schema);
        this.validator = new SubmissionValidator(schema);
    }

    @Override
    public ValidatedSubmission check(String fileName, byte[] content) {
        Submission submission = reader.read(fileName, content);
        return validator.validate(submission);
    }
}
