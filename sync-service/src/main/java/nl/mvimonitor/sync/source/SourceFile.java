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
 * @param notReadable  null for a file that can be opened; else what the entry is instead (a link, a special file):
 *                     the source lists it so it gets a finding, and nothing opens it
 */
public record SourceFile(String sourceId, String path, String unit, long sizeBytes, Instant lastModified,
        String fingerprint, NotReadable notReadable) {

    public SourceFile {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A file that can be opened. */
    public SourceFile(String sourceId, String path, String unit, long sizeBytes, Instant lastModified,
            String fingerprint) {
        this(sourceId, path, unit, sizeBytes, lastModified, fingerprint, null);
    }

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Whether the content may be opened; false for an entry listed only so that it gets a finding. */
    public boolean readable() {
        return notReadable == null;
    }

    /**
     * What a listed entry is when it is not a file to read. The fingerprint of such an entry must differ from that of
     * a file at the same path, so replacing it by the file itself gets the file read.
     */
    public enum NotReadable {
        /** A link (symbolic link, shortcut) named like a workbook: the file itself is elsewhere. */
        LINK_TO_FILE,
        /** A link to a folder: the files in that folder are not listed. */
        LINK_TO_FOLDER,
        /** A link whose target does not exist (or cannot be looked at). */
        BROKEN_LINK,
        /** Not a file nor a folder: a named pipe, a socket, a device. */
        SPECIAL_FILE
    }
}
