package nl.mvimonitor.sync.store;

import java.util.Objects;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * A file intake has handled, ready to be stored.
 *
 * @param file        the file as listed
 * @param contentHash SHA-256 (hex) of the bytes read, or null when the file could not be read
 * @param result      what validation made of it (for an unreadable file: a quarantine with one finding)
 * @param readAgain   true when the failure may pass (an IO error): the next run reads the file again even when
 *                    its listing has not changed
 */
public record ReceivedFile(SourceFile file, String contentHash, ValidatedSubmission result, boolean readAgain) {

    public ReceivedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
        if (contentHash != null && !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content hash must be SHA-256 in lower-case hex");
        }
    }
}
