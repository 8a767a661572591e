package nl.mvimonitor.sync.benchmark;

import java.util.Objects;

import nl.mvimonitor.sync.run.RunReport;

/**
 * What the pipeline did on the corpus.
 *
 * @param cold              the cold full run as a table row
 * @param coldReport        its report
 * @param incremental       the run after 1% of the files changed
 * @param incrementalReport its report
 * @param startUpNanos      start-up time of the application context (not part of either run)
 * @param outputBytes       size of the two output workbooks after the cold run
 */
record PipelineResult(StepResult cold, RunReport coldReport, StepResult incremental, RunReport incrementalReport,
        long startUpNanos, long outputBytes) {

    PipelineResult {
        Objects.requireNonNull(cold, "cold");
        Objects.requireNonNull(coldReport, "coldReport");
        Objects.requireNonNull(incremental, "incremental");
        Objects.requireNonNull(incrementalReport, "incrementalReport");
    }

    boolean completed() {
        return coldReport.completed() && incrementalReport.completed();
    }
}
