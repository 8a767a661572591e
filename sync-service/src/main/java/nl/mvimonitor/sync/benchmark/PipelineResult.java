package nl.mvimonitor.sync.benchmark;

import java.util.List;
import java.util.Objects;

import nl.mvimonitor.sync.run.RunReport;

/**
 * What the pipeline did on the corpus.
 *
 * @param cold               the cold full run as a table row
 * @param coldReport         its report
 * @param incrementals       the runs after 1% of the files changed, each after another 1%, in order
 * @param incrementalReports their reports
 * @param startUpNanos       start-up time of the application context (not part of either run)
 * @param outputBytes        size of the two output workbooks after the cold run
 */
record PipelineResult(StepResult cold, RunReport coldReport, List<StepResult> incrementals,
        List<RunReport> incrementalReports, long startUpNanos, long outputBytes) {

    PipelineResult {
        Objects.requireNonNull(cold, "cold");
        Objects.requireNonNull(coldReport, "coldReport");
        incrementals = List.copyOf(incrementals);
        incrementalReports = List.copyOf(incrementalReports);
        if (incrementals.isEmpty() || incrementals.size() != incrementalReports.size()) {
            throw new IllegalArgumentException("one report per incremental run, at least one run");
        }
    }

    /** The faster incremental run: the figure of the table, as the readers count their fastest round. */
    StepResult incremental() {
        return incrementals.get(fastest());
    }

    RunReport incrementalReport() {
        return incrementalReports.get(fastest());
    }

    boolean completed() {
        return coldReport.completed() && incrementalReports.stream().allMatch(RunReport::completed);
    }

    private int fastest() {
        int fastest = 0;
        for (int i = 1; i < incrementals.size(); i++) {
            if (incrementals.get(i).nanos() < incrementals.get(fastest).nanos()) {
                fastest = i;
            }
        }
        return fastest;
    }
}
