package nl.mvimonitor.sync.store;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Purges the rows of submissions that stopped being current longer ago than {@link
 * StoreSettings#supersededRowsRetention}: their values may be what a team has since corrected, and no output reads
 * them. What stays is the audit trail: the submission record (content hash, counts, status, times) and its findings.
 * When the same content comes back, intake stores its rows again from the new read.
 */
@Component
public class SupersededRows {

    static final String PURGE = "DELETE FROM submission_rows WHERE submission_id IN (SELECT id FROM submission"
            + " WHERE is_current = FALSE AND superseded_at <= ?)";

    private final JdbcTemplate jdbc;
    private final StoreSettings settings;

    public SupersededRows(JdbcTemplate jdbc, StoreSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** One statement; returns the number of row blocks purged. */
    public int purge(Instant now) {
        return jdbc.update(PURGE, DbTime.param(now.minus(settings.supersededRowsRetention())));
    }
}
