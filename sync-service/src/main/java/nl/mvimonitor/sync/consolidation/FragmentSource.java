package nl.mvimonitor.sync.consolidation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * Gives the fragments of the current submissions in their order: from the cache where the submission is unchanged,
 * else rendered from the store (and kept). Fragments are made on a few threads, a bounded window ahead of the one
 * being consumed, so a cold run renders in parallel while memory holds only the window.
 */
final class FragmentSource implements AutoCloseable {

    private static final int WINDOW_PER_THREAD = 16;

    private final FragmentRenderer renderer;
    private final Optional<FragmentCache> cache;
    private final ExecutorService pool;
    private final int window;

    FragmentSource(FragmentRenderer renderer, Optional<FragmentCache> cache, int threads) {
        this.renderer = renderer;
        this.cache = cache;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "mvi-overzicht");
            thread.setDaemon(true);
            return thread;
        });
        this.window = threads * WINDOW_PER_THREAD;
    }

    /**
     * Hands each submission to {@code consumer}, in the submissions' order, with its fragment when {@code needed}
     * says so and null otherwise (nothing is read for it).
     */
    void forEach(List<SubmissionSummary> submissions, Predicate<SubmissionSummary> needed,
            FragmentConsumer consumer) throws Exception {
        Deque<Future<Fragment>> ahead = new ArrayDeque<>();
        int next = 0;
        for (SubmissionSummary submission : submissions) {
            while (next < submissions.size() && ahead.size() < window) {
                SubmissionSummary upcoming = submissions.get(next++);
                ahead.add(needed.test(upcoming) ? pool.submit(() -> fragment(upcoming))
                        : CompletableFuture.completedFuture(null));
            }
            consumer.accept(submission, take(ahead.removeFirst()));
        }
    }

    /** The submission's fragment, made on the calling thread. */
    Fragment fragment(SubmissionSummary submission) {
        if (cache.isEmpty()) {
            return renderer.render(submission);
        }
        String key = submission.contentKey();
        return cache.get().read(key).orElseGet(() -> {
            Fragment rendered = renderer.render(submission);
            cache.get().write(key, rendered);
            return rendered;
        });
    }

    private static Fragment take(Future<Fragment> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Receives one submission's fragment. */
    @FunctionalInterface
    interface FragmentConsumer {
        void accept(SubmissionSummary submission, Fragment fragment) throws Exception;
    }
}
