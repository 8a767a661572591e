package nl.mvimonitor.sync.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.RunTotals;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * What one sync run did.
 *
 * @param runId            id of the recorded run (0 when the run could not even be recorded)
 * @param status           COMPLETED or FAILED
 * @param filesSeen        files listed by all sources
 * @param filesRead        files read because they were new or changed
 * @param filesSkipped     files skipped without reading because their listing was unchanged
 * @param filesQuarantined files read that ended in quarantine
 * @param filesDeleted     files gone since the previous run
 * @param errors           findings with severity FOUT in the files read
 * @param warnings         findings with severity WAARSCHUWING in the files read
 * @param outputsWritten   file names of the outputs written; empty when they were up to date
 * @param duration         how long the run took
 * @param message          why the run failed (Dutch); for a completed run, which outputs were written again because
 *                         they were no longer the files written (and why); else null
 */
public record RunReport(
        long runId,
        RunStatus status,
        int filesSeen,
        int filesRead,
        int filesSkipped,
        int filesQuarantined,
        int filesDeleted,
        int errors,
        int warnings,
        List<String> outputsWritten,
        Duration duration,
        String message) {

    public RunReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        outputsWritten = List.copyOf(outputsWritten);
    }

    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }

    /** The counts as the store records them. */
    public RunTotals totals() {
        return new RunTotals(filesSeen, filesRead, filesSkipped, filesQuarantined, filesDeleted, errors(), warnings(),
                outputsWritten.size());
    }

    /** One Dutch line for the console and the log. */
    public String summaryNl() {
        String outputs;
        if (!outputsWritten.isEmpty()) {
            outputs = "uitvoer geschreven: " + String.join(", ", outputsWritten);
        } else {
            outputs = completed() ? "uitvoer was al actueel" : "uitvoer niet bijgewerkt";
        }
        String head = completed() ? "Run voltooid" : "Run mislukt";
        return head + " in " + Math.max(1, Math.round(duration.toMillis() / 1000.0)) + " s: " + filesSeen
                + " bestanden, " + filesRead + " gelezen, " + filesSkipped + " ongewijzigd, " + filesQuarantined
                + " in quarantaine, " + filesDeleted + " verdwenen; bevindingen: " + errors() + " fouten, "
                + warnings() + " waarschuwingen; " + SafeName.logged(outputs)
                + (message == null ? "" : ". " + SafeName.logged(message));
    }
}
