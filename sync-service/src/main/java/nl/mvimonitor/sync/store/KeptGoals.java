package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The service's copy of the board's goals for one board workbook, as last read from it (or from the seed).
 *
 * @param path        absolute path of the board workbook
 * @param tabName     the board's name for the goals tab
 * @param goalsJson   the goals, encoded by the summary (the store does not read them)
 * @param fingerprint the goals' fingerprint, as the run computes it
 * @param savedAt     when this copy was saved
 */
public record KeptGoals(String path, String tabName, String goalsJson, String fingerprint, Instant savedAt) {

    public KeptGoals {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tabName, "tabName");
        Objects.requireNonNull(goalsJson, "goalsJson");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
