package nl.mvimonitor.sync.store;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's own copy of the board's goals, one per board workbook: the board types its goals into a file that
 * can be deleted, so the store keeps the goals last read from it, and a missing board workbook can be written again
 * with them.
 */
@Component
public class BoardGoalCopies {

    /** What the column holds; a larger copy is not kept (see {@link #keep}). */
    public static final int MAX_GOALS_JSON = 1_000_000;
    /** The column's width; Excel allows 31 characters in a tab name. */
    static final int MAX_TAB_NAME = 100;

    private final JdbcTemplate jdbc;

    public BoardGoalCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps {@code goals} as the copy for its path, unless the copy kept there has the same fingerprint: a run whose
     * goals did not change writes nothing. Goals too large for the column are not kept, and an older copy is
     * dropped, so it can never stand in for newer goals.
     *
     * @return true when the copy was written (or dropped)
     */
    public boolean keep(KeptGoals goals) {
        if (goals.goalsJson().length() > MAX_GOALS_JSON || goals.tabName().length() > MAX_TAB_NAME) {
            return jdbc.update("DELETE FROM board_goals WHERE path = ?", goals.path()) > 0;
        }
        if (fingerprint(goals.path()).filter(goals.fingerprint()::equals).isPresent()) {
            return false;
        }
        Object[] values = {goals.tabName(), goals.goalsJson(), goals.fingerprint(), DbTime.param(goals.savedAt()),
                goals.path()};
        int updated = jdbc.update("UPDATE board_goals SET tab_name = ?, goals_json = ?, goals_fingerprint = ?,"
                + " saved_at = ? WHERE path = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO board_goals (tab_name, goals_json, goals_fingerprint, saved_at, path)"
                    + " VALUES (?, ?, ?, ?, ?)", values);
        }
        return true;
    }

    /** The copy kept for the board workbook at {@code path}, if any. */
    public Optional<KeptGoals> kept(String path) {
        return jdbc.query("SELECT path, tab_name, goals_json, goals_fingerprint, saved_at FROM board_goals"
                        + " WHERE path = ?",
                (rs, i) -> new KeptGoals(rs.getString("path"), rs.getString("tab_name"), rs.getString("goals_json"),
                        rs.getString("goals_fingerprint"), DbTime.read(rs, "saved_at")), path)
                .stream().findFirst();
    }

    private Optional<String> fingerprint(String path) {
        return jdbc.queryForList("SELECT goals_fingerprint FROM board_goals WHERE path = ?", String.class, path)
                .stream().findFirst();
    }
}
