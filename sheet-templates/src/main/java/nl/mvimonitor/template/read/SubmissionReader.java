package nl.mvimonitor.template.read;

import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/** PLACEHOLDER so sync-service compiles; the real reader is written on another branch. */
public final class SubmissionReader {

    private final TemplateSchema schema;

    public SubmissionReader(TemplateSchema schema) {
        this.schema = schema;
    }

    public Submission read(String fileName, byte[] content) {
        return new Submission(fileName, WorkbookMetadata.unknown(), Map.of(), List.of(), false);
    }
}
