package nl.mvimonitor.sync.benchmark;

import java.util.Objects;

/**
 * The measurement of one benchmark step.
 *
 * @param step      Dutch name of the step, as the table shows it
 * @param threads   threads used
 * @param files     files the step read
 * @param bytes     compressed size of those files
 * @param nanos     wall time
 * @param peakHeap  peak heap in use during the step, in bytes
 * @param completed false when the step did not finish its work (a failed run)
 */
record StepResult(String step, int threads, int files, long bytes, long nanos, long peakHeap, boolean completed) {

    StepResult {
        Objects.requireNonNull(step, "step");
        if (threads < 1 || files < 0 || bytes < 0 || nanos < 0 || peakHeap < 0) {
            throw new IllegalArgumentException("a step has at least one thread and no negative measurements");
        }
    }

    double seconds() {
        return nanos / 1e9;
    }

    double megabytes() {
        return bytes / 1e6;
    }

    /**
     * How many times slower than the reference step on the same amount of data: the reference's time is scaled to
     * this step's bytes, so an incremental run compares with the lower bound on the files it read.
     */
    double ratioTo(StepResult reference) {
        if (reference.bytes == 0 || reference.nanos == 0) {
            return Double.NaN;
        }
        return nanos / (reference.nanos * ((double) bytes / reference.bytes));
    }
}
