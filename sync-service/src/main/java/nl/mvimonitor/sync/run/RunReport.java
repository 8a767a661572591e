package nl.mvimonitor.sync.run;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.RunTotals;
import nl.mvimonitor.template.finding.Severity;

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
 * @param findings         findings per severity in the files read (every severity present)
 * @param outputsWritten   file names of the outputs written; empty when they were up to date
 * @param duration         how long the run took
 * @param message          why the run failed (Dutch), or null
 */
public record RunReport(
        long runId,
        RunStatus status,
        int filesSeen,
        int filesRead,
        int filesSkipped,
        int filesQuarantined,
        int filesDeleted,
        Map<Severity, Integer> findings,
        List<String> outputsWritten,
        Duration duration,
        String message) {

    public RunReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        Map<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            all.put(severity, findings.getOrDefault(severity, 0));
        }
        findings = Map.copyOf(all);
        outputsWritten = List.copyOf(outputsWritten);
    }

    public boolean completed() {
        return status == RunStatus.COMPLETED;
    }

    public int errors() {
        return findings.get(Severity.FOUT);
    }

    public int warnings() {
        return findings.get(Severity.WAARSCHUWING);
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
                + warnings() + " waarschuwingen; " + outputs + (message == null ? "" : ". " + message);
    }
}
