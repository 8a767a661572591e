package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The record of sync runs: when, how it ended, what it did, and from which inputs the outputs were written. */
@Component
public class Runs {

    private final JdbcTemplate jdbc;

    public Runs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the start of a run; a run still marked running was interrupted and is closed as failed. */
    public long start(Instant startedAt) {
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
     * Records how a run ended.
     *
     * @param publication the inputs of the outputs written by this run, or null when it wrote none
     */
    public void finish(long runId, Instant finishedAt, RunStatus status, RunTotals totals, Publication publication,
            String message) {
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

    /** Status of a recorded run. */
    public Optional<RunStatus> status(long runId) {
        return jdbc.queryForList("SELECT status FROM sync_run WHERE id = ?", String.class, runId).stream()
                .map(RunStatus::valueOf).findFirst();
    }

    private static String limit(String message) {
        return ColumnWidths.shorten(message, ColumnWidths.RUN_MESSAGE);
    }
}
