package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Renders a submission's share of the overview into the cache as soon as the submission is stored, so the next
 * {@link ConsolidatedWorkbookWriter#write} only joins kept rows. Uses the writer's styles (a workbook of its own with
 * the same style numbers) and the writer's cache folder. Thread-safe: renders may run on several threads at once.
 */
public final class OverviewFragments implements AutoCloseable {

    private final SXSSFWorkbook styleNumbers = new SXSSFWorkbook(1);
    private final List<SubmissionTab> tabs;
    private final FragmentCache cache;

    public OverviewFragments(TemplateSchema schema, Path cacheFolder) {
        OverviewStyles styles = new OverviewStyles(styleNumbers);
        this.tabs = ConsolidatedWorkbookWriter.submissionTabs(schema, new CellWriter(schema, styles));
        this.cache = new FragmentCache(cacheFolder, ConsolidatedWorkbookWriter.rendering(schema, styles));
    }

    /** Renders and keeps the submission's rows, unless they are kept already. */
    public void prepare(SubmissionSummary submission, SubmissionQueries data) {
        String key = submission.contentKey();
        if (!cache.contains(key)) {
            cache.write(key, new FragmentRenderer(tabs, data).render(submission));
        }
    }

    @Override
    public void close() {
        try {
            styleNumbers.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
