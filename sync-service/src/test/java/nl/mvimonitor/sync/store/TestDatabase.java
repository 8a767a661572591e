package nl.mvimonitor.sync.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A migrated, empty database for one test class: an in-memory H2, or a fresh schema in a real PostgreSQL. PostgreSQL
 * comes from {@code MVI_TEST_POSTGRES_URL} (see {@code .ci/postgres-start}), else from an embedded server; the
 * embedded server refuses to run as root, and then the tests fail with the fix in the message instead of skipping.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL_VARIABLE = "MVI_TEST_POSTGRES_URL";
    private static EmbeddedPostgres embedded;

    private final HikariDataSource dataSource;
    private final String adminUrl;
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String adminUrl, String schema) {
        this.dataSource = dataSource;
        this.adminUrl = adminUrl;
        this.schema = schema;
    }

    public static TestDatabase h2() {
        return h2(null);
    }

    /** An H2 database migrated up to {@code version} (null: the latest), to test a migration with old data. */
    public static TestDatabase h2(String version) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        TestDatabase db = new TestDatabase(pool(url), null, null);
        db.migrate(version);
        return db;
    }

    public static TestDatabase postgres() {
        return postgres(null);
    }

    /** A PostgreSQL schema migrated up to {@code version} (null: the latest). */
    public static TestDatabase postgres(String version) {
        String adminUrl = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(adminUrl, "CREATE SCHEMA " + schema);
        String separator = adminUrl.contains("?") ? "&" : "?";
        TestDatabase db = new TestDatabase(pool(adminUrl + separator + "currentSchema=" + schema), adminUrl, schema);
        db.migrate(version);
        return db;
    }

    /** Migrates up to {@code version}, or to the latest when null. */
    public void migrate(String version) {
        var flyway = Flyway.configure().dataSource(dataSource);
        if (schema != null) {
            flyway.schemas(schema);
        }
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public PlatformTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    public TransactionTemplate tx() {
        return new TransactionTemplate(transactions());
    }

    @Override
    public void close() {
        dataSource.close();
        if (schema != null) {
            execute(adminUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return url;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The PostgreSQL tests need a server. Embedded PostgreSQL refuses to run"
                    + " as root: start one with `.ci/postgres-start` and set " + POSTGRES_URL_VARIABLE
                    + " to the URL it prints (e.g. jdbc:postgresql://localhost:5432/mvi_test?user=mvi&password=mvi).");
        }
        return embedded().getJdbcUrl("postgres", "postgres");
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL; set " + POSTGRES_URL_VARIABLE, e);
            }
        }
        return embedded;
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String shown = url.replaceAll("password=[^&]*", "password=***");
            throw new IllegalStateException("cannot run `" + sql + "` on " + shown, e);
        }
    }
}
