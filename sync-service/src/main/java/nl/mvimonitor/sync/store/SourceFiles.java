package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The files each source listed, with the fingerprints that let a run skip unchanged files without reading them. */
@Component
public class SourceFiles {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public SourceFiles(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Every file of a source the store knows, present or deleted, by path. */
    public Map<String, KnownFile> known(String sourceId) {
        Map<String, KnownFile> files = new HashMap<>();
        jdbc.query("SELECT path, listing_fingerprint, deleted FROM source_file WHERE source_id = ?",
                rs -> {
                    KnownFile file = new KnownFile(rs.getString(1), rs.getString(2), rs.getBoolean(3));
                    files.put(file.path(), file);
                },
                sourceId);
        return files;
    }

    /**
     * Marks every file of the source that is not deleted and was last seen before {@code seenAt} as seen then: one
     * statement, whatever the number of files. Call it after {@link #markDeleted}, so files that vanished keep the
     * time they were last really seen; files stored in this run since {@code seenAt} keep the time they were stored.
     */
    public void touchPresent(String sourceId, Instant seenAt) {
        tx.executeWithoutResult(status -> jdbc.update(
                "UPDATE source_file SET last_seen_at = ? WHERE source_id = ? AND deleted = FALSE AND last_seen_at < ?",
                DbTime.param(seenAt), sourceId, DbTime.param(seenAt)));
    }

    /** Marks vanished files deleted: their submissions stop being current. */
    public void markDeleted(String sourceId, Collection<String> paths, Instant at) {
        if (paths.isEmpty()) {
            return;
        }
        List<Object[]> fileArgs = paths.stream().map(p -> new Object[] {DbTime.param(at), sourceId, p}).toList();
        List<Object[]> submissionArgs = paths.stream().map(p -> new Object[] {sourceId, p}).toList();
        tx.executeWithoutResult(status -> {
            jdbc.batchUpdate("UPDATE source_file SET deleted = TRUE, deleted_at = ?"
                    + " WHERE source_id = ? AND path = ? AND deleted = FALSE", fileArgs);
            jdbc.batchUpdate("UPDATE submission SET is_current = FALSE WHERE source_file_id ="
                    + " (SELECT id FROM source_file WHERE source_id = ? AND path = ?)", submissionArgs);
        });
    }
}
