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
     * Records that {@code sourceId} was listed at {@code listedAt}: every file of it that is not deleted counts as
     * seen then (see {@link #LAST_SEEN}). One row per source, whatever the number of files. Call it after {@link
     * #markDeleted} and after the run stored what it read: files stored since keep the time they were stored.
     */
    public void listed(String sourceId, Instant listedAt) {
        tx.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE source_listing SET listed_at = ? WHERE source_id = ?",
                    DbTime.param(listedAt), sourceId);
            if (updated == 0) {
                jdbc.update("INSERT INTO source_listing (source_id, listed_at) VALUES (?, ?)", sourceId,
                        DbTime.param(listedAt));
            }
        });
    }

    /**
     * When a file ({@code f}) was last seen: its own time, or its source's last listing ({@code l}, joined on the
     * source) when that is later and the file is not deleted. Times are never compared as text: both are timestamps.
     */
    public static final String LAST_SEEN = "CASE WHEN f.deleted = FALSE AND l.listed_at > f.last_seen_at"
            + " THEN l.listed_at ELSE f.last_seen_at END";

    /**
     * Marks vanished files deleted: their submissions stop being current. Each keeps as its last-seen time the
     * previous listing of its source, when that is later than its own, so it is not taken for this run's.
     */
    public void markDeleted(String sourceId, Collection<String> paths, Instant at) {
        if (paths.isEmpty()) {
            return;
        }
        List<Object[]> fileArgs = paths.stream().map(p -> new Object[] {DbTime.param(at), sourceId, p}).toList();
        List<Object[]> submissionArgs = paths.stream().map(p -> new Object[] {DbTime.param(at), sourceId, p}).toList();
        tx.executeWithoutResult(status -> {
            jdbc.batchUpdate("UPDATE source_file SET deleted = TRUE, deleted_at = ?, last_seen_at = COALESCE("
                    + "(SELECT l.listed_at FROM source_listing l WHERE l.source_id = source_file.source_id"
                    + " AND l.listed_at > source_file.last_seen_at), last_seen_at)"
                    + " WHERE source_id = ? AND path = ? AND deleted = FALSE", fileArgs);
            jdbc.batchUpdate("UPDATE submission SET superseded_at = COALESCE(superseded_at, ?), is_current = FALSE"
                    + " WHERE source_file_id ="
                    + " (SELECT id FROM source_file WHERE source_id = ? AND path = ?)", submissionArgs);
        });
    }
}
