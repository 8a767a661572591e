package nl.mvimonitor.sync.benchmark;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Runs a task for every index 0..count-1 on a fixed number of threads; each thread takes the next index when it is
 * done, so slow files do not leave threads idle. The first failure is rethrown after all threads stop.
 */
final class FileWorkers {

    /** Work on one index. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws Exception;
    }

    private FileWorkers() {
    }

    static void run(int threads, int count, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "mvi-benchmark");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                await(future, next, count);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future, AtomicInteger next, int count) throws Exception {
        try {
            future.get();
        } catch (ExecutionException e) {
            next.set(count); // stop the other threads
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
