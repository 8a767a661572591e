package nl.mvimonitor.sync.summary;

import java.nio.file.Path;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Works out a submission's facts for the board report as soon as the submission is stored and keeps them in the
 * board writer's cache folder, so the next {@link BoardReportWriter#write} finds them there. Thread-safe.
 */
public final class BoardFacts {

    private final SubmissionFactsCache cache;
    private final SubmissionFactsReader reader;

    public BoardFacts(TemplateSchema schema, Path cacheFolder) {
        this.cache = SubmissionFactsCache.in(cacheFolder, schema);
        this.reader = new SubmissionFactsReader(schema);
    }

    /** Works out and keeps the submission's facts, unless they are kept already. */
    public void prepare(SubmissionSummary submission, SubmissionQueries data) {
        if (MonitorFactsReader.hasFacts(submission) && !cache.contains(submission)) {
            cache.store(submission, reader.read(data, submission));
        }
    }
}
