package nl.mvimonitor.sync.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap of one benchmark step: collects the previous step's garbage, resets the heap pools' peaks and samples
 * the heap in use every 10 ms on a daemon thread. The peak is the largest sample.
 */
final class HeapWatch implements AutoCloseable {

    private static final long INTERVAL_MS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        sampler = new Thread(this::sample, "mvi-benchmark-heap");
        sampler.setDaemon(true);
    }

    static HeapWatch start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        HeapWatch watch = new HeapWatch();
        watch.record();
        watch.sampler.start();
        return watch;
    }

    private void sample() {
        while (running) {
            record();
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void record() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The largest heap use seen so far, in bytes. */
    long peakBytes() {
        record();
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
