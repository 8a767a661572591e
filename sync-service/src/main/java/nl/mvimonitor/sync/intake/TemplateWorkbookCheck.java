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

    private final TemplateSchema schema;

    public TemplateWorkbookCheck(TemplateSchema schema) {
        this.schema = schema;
    }

    @Override
    public ValidatedSubmission check(String fileName, byte[] content) {
        // a reader and validator per file: they are cheap to make, and nothing is shared between worker threads
        Submission submission = new SubmissionReader(schema).read(fileName, content);
        return new SubmissionValidator(schema).validate(submission);
    }
}
