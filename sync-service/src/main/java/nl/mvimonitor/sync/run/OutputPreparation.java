package nl.mvimonitor.sync.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.consolidation.OverviewFragments;
import nl.mvimonitor.sync.intake.StoredSubmissionListener;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.summary.BoardFacts;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.ValidatedSubmission;

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
    private final OverviewFragments overview;
    private final BoardFacts board;
    private final ExecutorService pool;
    private final Semaphore room;
    private final List<Future<?>> started = new ArrayList<>();

    OutputPreparation(JdbcSubmissionQueries queries, TemplateSchema schema, PublishSettings settings) {
        this.queries = queries;
        this.overview = new OverviewFragments(schema, settings.cacheDir().resolve(WorkbookOutputs.CONSOLIDATED_CACHE));
        this.board = new BoardFacts(schema, settings.cacheDir().resolve(WorkbookOutputs.BOARD_CACHE));
        // mostly waiting on the file system (a cache file per output and submission), so more threads than cores
        int threads = 2 * Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mvi-voorbereiden");
            thread.setDaemon(true);
            return thread;
        });
        this.room = new Semaphore(4 * threads);
    }

    @Override
    public void stored(long submissionId, ValidatedSubmission result) {
        Optional<SubmissionSummary> summary = queries.currentSubmission(submissionId);
        if (summary.isEmpty()) {
            return;
        }
        room.acquireUninterruptibly();
        started.add(pool.submit(() -> {
            try {
                SubmissionQueries data = queries.justStored(summary.get(), result);
                overview.prepare(summary.get(), data);
                board.prepare(summary.get(), data);
            } catch (RuntimeException e) {
                LOG.warn("Uitvoer voor {} niet vooraf gemaakt ({}); dat gebeurt bij het schrijven",
                        summary.get().sourcePath(), e.getClass().getSimpleName());
                LOG.debug("Oorzaak", e);
            } finally {
                room.release();
            }
        }));
    }

    @Override
    public void finish() {
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (ExecutionException e) {
                LOG.debug("Voorbereiden mislukt", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        started.clear();
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        overview.close();
    }
}
