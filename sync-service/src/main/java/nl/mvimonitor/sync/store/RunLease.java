package nl.mvimonitor.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time per store, across processes. An embedded H2 database is open in one process only, so it needs
 * nothing more; on PostgreSQL two processes (the service on its schedule and an operator's {@code --run-once}) could
 * otherwise run at once: each closed the other's run as interrupted, removed the other's temporary outputs as
 * leftovers of a killed run and wrote the same cache, and both failed. The lease is a session-level advisory lock,
 * per schema, held on its own connection for the run and released when the connection closes, also when the process
 * is killed.
 */
public final class RunLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunLease.class);
    /** First half of the advisory lock's key ("MVI"); the second half is the schema's hash. */
    private static final int LOCK_CLASS = 0x4D5649;
    private static final String KEY = "?, hashtext(current_schema())";

    private final Connection connection;
    private final boolean held;

    private RunLease(Connection connection, boolean held) {
        this.connection = connection;
        this.held = held;
    }

    /**
     * Takes the lease if no other process holds it. When the database cannot be asked (unreachable), the lease
     * counts as held: the run itself then fails on the database and says so.
     */
    public static RunLease take(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return new RunLease(null, true);
            }
            boolean taken = query(connection, "SELECT pg_try_advisory_lock(" + KEY + ")");
            if (!taken) {
                connection.close();
                return new RunLease(null, false);
            }
            return new RunLease(connection, true);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Runslot niet opgevraagd", e);
            closeQuietly(connection);
            return new RunLease(null, true);
        }
    }

    /** False when another process runs on this store now. */
    public boolean held() {
        return held;
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            query(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.debug("Runslot niet vrijgegeven; het vervalt met de verbinding", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_CLASS);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Verbinding niet gesloten", e);
        }
    }
}
