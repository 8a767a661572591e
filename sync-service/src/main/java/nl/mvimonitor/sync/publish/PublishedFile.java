package nl.mvimonitor.sync.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * An output as the publisher left it.
 *
 * @param target       where it is
 * @param sizeBytes    how many bytes were written
 * @param sha256       SHA-256 of those bytes (lower-case hex), computed while they were written
 * @param lastModified the file's modification time right after it was moved into place
 */
public record PublishedFile(Path target, long sizeBytes, String sha256, Instant lastModified) {

    public PublishedFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
