package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mvimonitor.sync.consolidation.Coverage;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * Gathers the facts of the board report from each current submission's {@link SubmissionFacts}: as remembered from
 * an earlier run of this process, else from the cache when the submission did not change, else computed from its
 * rows (a few at a time, in parallel) and kept. They are
 * assembled in submission order; effects are merged as they arrive, so memory grows with the tenders only. A project
 * counts once: a duplicate of the submission that counts for its ProjectID adds no facts and is not among the
 * submissions the report counts; only the response figures see it, as a duplicate.
 */
final class MonitorFactsReader {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorFactsReader.class);
    /** The store's connections are pooled; more threads than this only wait for the database or the disk. */
    private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** How many submissions may be read ahead of the one being assembled. */
    private static final int AHEAD = THREADS * 16;

    private final SubmissionFactsReader reader;
    private final SubmissionFactsCache cache;

    MonitorFactsReader(TemplateSchema schema) {
        this(schema, SubmissionFactsCache.none());
    }

    MonitorFactsReader(TemplateSchema schema, SubmissionFactsCache cache) {
        this.reader = new SubmissionFactsReader(schema);
        this.cache = cache;
    }

    MonitorFacts read(SubmissionQueries data) {
        List<SubmissionSummary> current = data.currentSubmissions();
        List<SubmissionSummary> submissions = current.stream().filter(SubmissionSummary::counts).toList();
        List<TenderFact> tenders = new ArrayList<>();
        Map<MonitorFacts.EffectKey, EffectTotals> effects = new HashMap<>();
        AtomicInteger computed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, MonitorFactsReader::thread);
        try {
            Deque<Future<SubmissionFacts>> pending = new ArrayDeque<>();
            int next = 0;
            for (SubmissionSummary submission : submissions) {
                while (next < submissions.size() && pending.size() < AHEAD) {
                    SubmissionSummary ahead = submissions.get(next++);
                    // facts remembered from an earlier run are at hand: no task for them
                    Optional<SubmissionFacts> known = hasFacts(ahead) ? cache.remembered(ahead) : Optional.empty();
                    pending.add(known.isPresent() ? CompletableFuture.completedFuture(known.get())
                            : pool.submit(() -> factsOf(data, ahead, computed)));
                }
                SubmissionFacts facts = await(pending.removeFirst());
                addTender(tenders, submission, facts);
                facts.effects().forEach((key, totals) -> effects
                        .computeIfAbsent(key.in(Coverage.unitOf(submission)), k -> new EffectTotals()).addAll(totals));
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.info("Bestuursrapportage: {} van {} inzendingen opnieuw berekend", computed.get(), submissions.size());
        return new MonitorFacts(tenders, effects, Coverage.of(current, data.expectedProjects()), submissions);
    }

    private SubmissionFacts factsOf(SubmissionQueries data, SubmissionSummary submission, AtomicInteger computed) {
        if (!hasFacts(submission)) {
            return SubmissionFacts.NONE;
        }
        return cache.load(submission).orElseGet(() -> {
            SubmissionFacts facts = reader.read(data, submission);
            cache.store(submission, facts);
            computed.incrementAndGet();
            return facts;
        });
    }

    /** A quarantined submission has no rows, a duplicate does not count: nothing worth a file. */
    static boolean hasFacts(SubmissionSummary submission) {
        return submission.status() != SubmissionStatus.QUARANTAINE && submission.counts();
    }

    /** Adds the submission as a tender when it is in phase AANBESTEDEN or later and was not quarantined. */
    private static void addTender(List<TenderFact> tenders, SubmissionSummary submission, SubmissionFacts facts) {
        SubmissionFacts.ProjectFields project = facts.project();
        Phase phase = phaseOf(submission, project);
        if (submission.status() == SubmissionStatus.QUARANTAINE || phase == null
                || !phase.atLeast(Phase.AANBESTEDEN)) {
            return;
        }
        // award year, else contract start year, else the year received
        int year = project != null && project.datedYear() != null ? project.datedYear()
                : Coverage.yearReceived(submission);
        BigDecimal value = project == null ? null : project.value();
        tenders.add(new TenderFact(submission.projectId(), Coverage.unitOf(submission), year, phase, value,
                facts.criteria(), facts.clauses()));
    }

    private static Phase phaseOf(SubmissionSummary submission, SubmissionFacts.ProjectFields project) {
        if (submission.phase() != null) {
            return submission.phase();
        }
        return project == null ? null : Phase.fromCode(project.phaseCode()).orElse(null);
    }

    private static SubmissionFacts await(Future<SubmissionFacts> facts) {
        try {
            return facts.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the board's facts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "bestuur-feiten");
        thread.setDaemon(true);
        return thread;
    }
}
