package nl.mvimonitor.sync.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Write side of the store: records what intake made of a file, all of it in one transaction. Idempotent by content:
 * the same bytes of the same file never make a second submission, they make the earlier one current again.
 */
@Component
public class Submissions {

    /** Tab and column that name the organisational unit in a sheet (stable keys from the schema). */
    static final String PROJECT_TAB = "Project";
    static final String UNIT_COLUMN = "organisatieonderdeel";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final RowBlocks blocks;
    private final StoreSettings settings;

    public Submissions(JdbcTemplate jdbc, TransactionTemplate tx, TemplateSchema schema, StoreSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.blocks = new RowBlocks(new RowCodec(schema));
        this.settings = settings;
    }

    /** Stores a received file and makes its submission the current one of the file. */
    public RecordedSubmission record(ReceivedFile received, Instant now) {
        return record(received, null, now);
    }

    /**
     * As {@link #record(ReceivedFile, Instant)}, with the rows already {@linkplain #pack packed} for the store.
     *
     * @param packed the result's rows from {@link #pack}, or null to pack them here if they must be stored
     */
    public RecordedSubmission record(ReceivedFile received, PackedRows packed, Instant now) {
        return tx.execute(status -> {
            long fileId = upsertFile(received, now);
            Optional<Long> same = sameSubmission(fileId, received);
            long submissionId = same.orElseGet(() -> insertSubmission(fileId, received,
                    packed != null ? packed : pack(received.result()), now));
            if (same.isPresent() && rowsPurged(submissionId)) {
                // the same content came back after its rows were purged (see SupersededRows): store them again
                insertRows(submissionId, packed != null ? packed : pack(received.result()));
            }
            jdbc.update("UPDATE submission SET superseded_at = CASE WHEN id = ? THEN NULL"
                    + " ELSE COALESCE(superseded_at, ?) END, is_current = (id = ?) WHERE source_file_id = ?",
                    submissionId, DbTime.param(now), submissionId, fileId);
            return new RecordedSubmission(submissionId, same.isEmpty());
        });
    }

    /**
     * A value that changes whenever the set of current submissions changes (a new content, a deleted file), so the
     * run knows whether outputs need writing; worked out from the current submissions as {@link SubmissionQueries}
     * lists them, which the run's outputs read anyway. Each submission counts as {@code id:content hash}, in id order,
     * as the signatures already recorded by earlier versions were made; a duplicate of another submission with its
     * ProjectID adds that it is one, so the outputs are written again when another file becomes the one that counts
     * (a copy touched later) while the set stays the same.
     */
    public static String signatureOf(Collection<SubmissionSummary> current) {
        MessageDigest digest = Sha256.newDigest();
        current.stream().sorted(Comparator.comparingLong(SubmissionSummary::submissionId)).forEach(s -> digest.update(
                (s.submissionId() + ":" + s.fingerprint() + (s.counts() ? "" : ":dubbel") + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
        return Sha256.hexOf(digest);
    }

    private long upsertFile(ReceivedFile received, Instant now) {
        SourceFile file = received.file();
        String listing = received.readAgain() ? null : ColumnWidths.fingerprint(file.fingerprint());
        int updated = jdbc.update("UPDATE source_file SET unit = ?, listing_fingerprint = ?,"
                        + " content_hash = COALESCE(?, content_hash), size_bytes = ?, last_modified = ?,"
                        + " last_seen_at = ?, deleted = FALSE, deleted_at = NULL WHERE source_id = ? AND path = ?",
                ColumnWidths.clip(file.unit(), ColumnWidths.UNIT), listing, received.contentHash(), file.sizeBytes(),
                DbTime.param(file.lastModified()),
                DbTime.param(now), file.sourceId(), file.path());
        if (updated == 0) {
            jdbc.update("INSERT INTO source_file (source_id, path, unit, listing_fingerprint, content_hash,"
                            + " size_bytes, last_modified, first_seen_at, last_seen_at, deleted)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
                    file.sourceId(), file.path(), ColumnWidths.clip(file.unit(), ColumnWidths.UNIT), listing,
                    received.contentHash(), file.sizeBytes(), DbTime.param(file.lastModified()), DbTime.param(now),
                    DbTime.param(now));
        }
        return jdbc.queryForObject("SELECT id FROM source_file WHERE source_id = ? AND path = ?", Long.class,
                file.sourceId(), file.path());
    }

    private boolean rowsPurged(long submissionId) {
        Integer purged = jdbc.queryForObject("SELECT COUNT(*) FROM submission s WHERE s.id = ? AND s.rows_read > 0"
                + " AND NOT EXISTS (SELECT 1 FROM submission_rows r WHERE r.submission_id = s.id)", Integer.class,
                submissionId);
        return purged != null && purged > 0;
    }

    private Optional<Long> sameSubmission(long fileId, ReceivedFile received) {
        if (received.contentHash() != null) {
            return jdbc.queryForList("SELECT id FROM submission WHERE source_file_id = ? AND content_hash = ?",
                    Long.class, fileId, received.contentHash()).stream().findFirst();
        }
        // an unreadable file has no content to compare: reuse the current failure when it says the same
        List<Long> current = jdbc.queryForList("SELECT id FROM submission WHERE source_file_id = ?"
                + " AND is_current = TRUE AND content_hash IS NULL", Long.class, fileId);
        return current.stream().filter(id -> sameFindings(id, received.result().findings())).findFirst();
    }

    private boolean sameFindings(long submissionId, List<Finding> findings) {
        List<String> stored = jdbc.queryForList("SELECT rule_code || ':' || message FROM finding"
                + " WHERE submission_id = ? ORDER BY seq", String.class, submissionId);
        return stored.equals(findings.stream().map(FindingColumns::of).map(c -> c.rule() + ":" + c.message())
                .toList());
    }

    /** A result's rows encoded and packed as the store keeps them; thread-safe, so workers can do it. */
    public PackedRows pack(ValidatedSubmission result) {
        Map<String, List<RowBlocks.Block>> tabs = new LinkedHashMap<>();
        result.rows().forEach((tab, rows) -> tabs.put(tab, blocks.pack(tab, rows)));
        return new PackedRows(tabs);
    }

    private long insertSubmission(long fileId, ReceivedFile received, PackedRows packed, Instant now) {
        ValidatedSubmission result = received.result();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO submission (source_file_id, content_hash, project_id,"
                    + " unit, phase, template_id, template_version, status, rows_read, errors, warnings,"
                    + " received_at, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
                    new String[] {"id"});
            new SubmissionColumns(fileId, received, now).bind(ps);
            return ps;
        }, key);
        long id = Objects.requireNonNull(key.getKey(), "generated id").longValue();
        insertFindings(id, result.findings());
        insertRows(id, packed);
        return id;
    }

    private void insertFindings(long submissionId, List<Finding> findings) {
        List<Object[]> args = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            FindingColumns f = FindingColumns.of(findings.get(i));
            args.add(new Object[] {submissionId, i, f.severity(), f.rule(), f.sheet(), f.cell(), f.message()});
        }
        jdbc.batchUpdate("INSERT INTO finding (submission_id, seq, severity, rule_code, sheet, cell, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", args);
    }

    private void insertRows(long submissionId, PackedRows packed) {
        String sql = "INSERT INTO submission_rows (submission_id, tab_key, block, row_count, payload)"
                + " VALUES (?, ?, ?, ?, ?)";
        List<Object[]> batch = new ArrayList<>();
        for (Map.Entry<String, List<RowBlocks.Block>> tab : packed.tabs().entrySet()) {
            List<RowBlocks.Block> blocksOfTab = tab.getValue();
            for (int i = 0; i < blocksOfTab.size(); i++) {
                batch.add(new Object[] {submissionId, tab.getKey(), i, blocksOfTab.get(i).rowCount(),
                    blocksOfTab.get(i).payload()});
                if (batch.size() == settings.batchSize()) {
                    jdbc.batchUpdate(sql, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
