package nl.mvimonitor.sync.run;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.consolidation.OverviewFragments;
import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;
import nl.mvimonitor.sync.intake.StoredSubmissionListener;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.summary.BoardFacts;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.ValidatedSubmission;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * Prepares both outputs' share of each new submission while intake reads the next files: the overview's rows and
 * the board report's facts go into the cache folders the writers read, made from what was just stored (as the store
 * would give it back) instead of read from the store again. Work runs on its own threads, at most a few submissions
 * ahead, so memory stays bounded. Nothing here can fail a run: a submission that could not be prepared is simply
 * computed by the writer.
 */
@Component
class OutputPreparation implements StoredSubmissionListener, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPreparation.class);

    private final JdbcSubmissionQueries queries;
    private final TemplateSchema schema;
    private final PublishSettings settings;
    private final int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Bounds the submissions handed to the pool and not done yet; all permits back means all work is done. */
    private final Semaphore room = new Semaphore(4 * threads);
    /** Made with the first submission: a command that stores nothing (--help, --template) pays nothing for them. */
    private volatile ExecutorService pool;
    private OverviewFragments overview;
    private BoardFacts board;

    OutputPreparation(JdbcSubmissionQueries queries, TemplateSchema schema, PublishSettings settings) {
        this.queries = queries;
        this.schema = schema;
        this.settings = settings;
    }

    /** Called on the storing thread only. */
    @Override
    public void stored(long submissionId, ValidatedSubmission result) {
        Optional<SubmissionSummary> summary = queries.currentSubmission(submissionId);
        if (summary.isEmpty()) {
            return;
        }
        start();
        room.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                SubmissionQueries data = queries.justStored(summary.get(), result);
                overview.prepare(summary.get(), data);
                board.prepare(summary.get(), data);
            } catch (RuntimeException e) {
                LOG.warn("Uitvoer voor {} niet vooraf gemaakt ({}); dat gebeurt bij het schrijven",
                        SafeName.logged(summary.get().sourcePath()), FailureText.reason(e, ServicePlaces.none()));
                LOG.debug("Oorzaak", e);
            } finally {
                room.release();
            }
        });
    }

    @Override
    public void finish() {
        int permits = 4 * threads;
        room.acquireUninterruptibly(permits);
        room.release(permits);
    }

    private void start() {
        if (pool == null) {
            overview = new OverviewFragments(schema, settings.cacheDir().resolve(WorkbookOutputs.CONSOLIDATED_CACHE));
            board = new BoardFacts(schema, settings.cacheDir().resolve(WorkbookOutputs.BOARD_CACHE));
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "mvi-voorbereiden");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdownNow();
            overview.close();
        }
    }
}
