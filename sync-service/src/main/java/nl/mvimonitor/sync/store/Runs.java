package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The record of sync runs: when, how it ended, what it did, from which inputs the outputs were written, and what was
 * written to each output file (so a damaged or replaced output is noticed).
 */
@Component
public class Runs {

    private final JdbcTemplate jdbc;
    private final SupersededRows superseded;
    private final StoredNames names;

    @Autowired
    public Runs(JdbcTemplate jdbc, SupersededRows superseded, StoredNames names) {
        this.jdbc = jdbc;
        this.superseded = superseded;
        this.names = names;
    }

    public Runs(JdbcTemplate jdbc, SupersededRows superseded) {
        this(jdbc, superseded, new StoredNames(jdbc));
    }

    /** With the default retention of superseded rows. */
    public Runs(JdbcTemplate jdbc) {
        this(jdbc, new SupersededRows(jdbc, StoreSettings.defaults()));
    }

    /** The lease that keeps other processes from running on this store while this run lasts; see {@link RunLease}. */
    public RunLease lease() {
        return RunLease.take(jdbc.getDataSource());
    }

    /**
     * Records the start of a run; a run still marked running was interrupted and is closed as failed. The first run
     * of a process first screens the names the store holds ({@link StoredNames}), before this run lists its files.
     */
    public long start(Instant startedAt) {
        names.screenOnce();
        jdbc.update("UPDATE sync_run SET status = ?, message = ? WHERE status = ?", RunStatus.FAILED.name(),
                "Onderbroken: het proces stopte tijdens de run.", RunStatus.RUNNING.name());
        KeyHolder key = new GeneratedKeyHolder();
        SqlParameterValue started = DbTime.param(startedAt);
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO sync_run (started_at, status, files_seen, files_read,"
                    + " files_skipped, files_quarantined, files_deleted, errors, warnings, outputs_written)"
                    + " VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0)", new String[] {"id"});
            ps.setObject(1, started.getValue(), started.getSqlType());
            ps.setString(2, RunStatus.RUNNING.name());
            return ps;
        }, key);
        return Objects.requireNonNull(key.getKey(), "generated id").longValue();
    }

    /**
     * Records how a run ended. A completed run first purges the rows of submissions superseded longer ago than the
     * retention ({@link SupersededRows}), so each run ends with the store holding no more than it promises.
     *
     * @param publication the inputs of the outputs written by this run, or null when it wrote none
     */
    public void finish(long runId, Instant finishedAt, RunStatus status, RunTotals totals, Publication publication,
            String message) {
        if (status == RunStatus.COMPLETED) {
            superseded.purge(finishedAt);
        }
        jdbc.update("UPDATE sync_run SET finished_at = ?, status = ?, files_seen = ?, files_read = ?,"
                        + " files_skipped = ?, files_quarantined = ?, files_deleted = ?, errors = ?, warnings = ?,"
                        + " outputs_written = ?, outputs_signature = ?, outputs_as_of = ?, message = ? WHERE id = ?",
                DbTime.param(finishedAt), status.name(), totals.filesSeen(), totals.filesRead(),
                totals.filesSkipped(), totals.filesQuarantined(), totals.filesDeleted(), totals.errors(),
                totals.warnings(), totals.outputsWritten(), publication == null ? null : publication.signature(),
                DbTime.param(publication == null ? null : publication.asOf()), limit(message), runId);
    }

    /** The inputs of the outputs as last published, if any run published. */
    public Optional<Publication> lastPublication() {
        return jdbc.query("SELECT outputs_signature, outputs_as_of FROM sync_run WHERE outputs_signature IS NOT NULL"
                        + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new Publication(rs.getString(1), DbTime.read(rs, "outputs_as_of")))
                .stream().findFirst();
    }

    /** Records what was just written to each output, replacing what an earlier run wrote there. */
    public void recordWritten(List<WrittenOutput> outputs, Instant writtenAt) {
        for (WrittenOutput output : outputs) {
            Object[] values = {output.sizeBytes(), output.contentHash(), DbTime.param(output.lastModified()),
                    DbTime.param(writtenAt), output.path()};
            int updated = jdbc.update("UPDATE published_output SET size_bytes = ?, content_hash = ?,"
                    + " last_modified = ?, written_at = ? WHERE path = ?", values);
            if (updated == 0) {
                jdbc.update("INSERT INTO published_output (size_bytes, content_hash, last_modified, written_at, path)"
                        + " VALUES (?, ?, ?, ?, ?)", values);
            }
        }
    }

    /** What was last written to each output, by absolute path; an output never written has no entry. */
    public Map<String, WrittenOutput> written() {
        return jdbc.query("SELECT path, size_bytes, content_hash, last_modified FROM published_output",
                        (rs, i) -> new WrittenOutput(rs.getString("path"), rs.getLong("size_bytes"),
                                rs.getString("content_hash"), DbTime.read(rs, "last_modified")))
                .stream().collect(Collectors.toMap(WrittenOutput::path, Function.identity()));
    }

    /** Status of a recorded run. */
    public Optional<RunStatus> status(long runId) {
        return jdbc.queryForList("SELECT status FROM sync_run WHERE id = ?", String.class, runId).stream()
                .map(RunStatus::valueOf).findFirst();
    }

    private static String limit(String message) {
        return ColumnWidths.shorten(message, ColumnWidths.RUN_MESSAGE);
    }
}
