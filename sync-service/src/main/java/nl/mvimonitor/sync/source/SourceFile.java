package nl.mvimonitor.sync.source;

import java.time.Instant;
import java.util.Objects;

/**
 * A workbook in a source, as listed (content not read yet).
 *
 * @param sourceId     id of the source it came from, e.g. {@code lokaal}
 * @param path         path within the source, with {@code /} separators, e.g. {@code Zuiveringsbeheer/P-017.xlsx}
 * @param unit         organisational unit the source assigns (e.g. the subfolder), or null
 * @param sizeBytes    size in bytes
 * @param lastModified last modification time
 * @param fingerprint  a value that changes when the content changes (content hash, eTag or cTag)
 */
public record SourceFile(String sourceId, String path, String unit, long sizeBytes, Instant lastModified, String fingerprint) {

    public SourceFile {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
