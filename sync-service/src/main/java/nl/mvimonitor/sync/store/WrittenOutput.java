package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a run wrote to one output file, as it was just after it was moved into place: the next run compares the file
 * with it to tell whether the output is still the one the service wrote.
 *
 * @param path         absolute path of the output
 * @param sizeBytes    its size
 * @param contentHash  SHA-256 of its bytes, lower-case hex
 * @param lastModified its modification time, to the microsecond (what PostgreSQL keeps)
 */
public record WrittenOutput(String path, long sizeBytes, String contentHash, Instant lastModified) {

    public WrittenOutput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        lastModified = Objects.requireNonNull(lastModified, "lastModified").truncatedTo(ChronoUnit.MICROS);
    }
}
