package nl.mvimonitor.sync.store;

import java.util.Objects;

/**
 * What the store remembers of a source file between runs.
 *
 * @param path               path within the source
 * @param listingFingerprint fingerprint of the last listing that was processed, or null to read it again
 * @param deleted            true when the file vanished from its source
 */
public record KnownFile(String path, String listingFingerprint, boolean deleted) {

    public KnownFile {
        Objects.requireNonNull(path, "path");
    }

    /** True when a listing with {@code fingerprint} needs no read: same fingerprint, file still present. */
    public boolean isUnchanged(String fingerprint) {
        // compared as stored: a fingerprint longer than its column is kept as its hash
        return !deleted && listingFingerprint != null
                && listingFingerprint.equals(ColumnWidths.fingerprint(fingerprint));
    }
}
