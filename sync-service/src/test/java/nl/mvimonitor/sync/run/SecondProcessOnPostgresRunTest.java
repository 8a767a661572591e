package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Two processes on one PostgreSQL database (the service on its schedule, an operator's {@code --run-once}): the
 * second does not run while the first does, so it neither closes the first's run as interrupted nor removes the
 * first's temporary outputs as leftovers of a killed run.
 */
class SecondProcessOnPostgresRunTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final String DAMAGED = "BESCHADIGD";
    private static final String LEASE = "(" + 0x4D5649 + ", hashtext(current_schema()))";

    @TempDir
    Path dir;
    private Path inbox;
    private Path out;
    private TestDatabase db;
    private CountingSource source;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));
    private SyncRuns runs;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        out = dir.resolve("out");
        db = TestDatabase.postgres();
        source = new CountingSource(new LocalFolderSource("lokaal", inbox));
        runs = TextRuns.over(db, source, SecondProcessOnPostgresRunTest::check, out.resolve("overzicht.txt"),
                SecondProcessOnPostgresRunTest::writeText, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aRunWhileAnotherProcessRunsOnTheSameDatabaseDoesNotStartAndLeavesTheOtherOutputsInProgress()
            throws IOException, SQLException {
        put("Zuid/P-1.xlsx", "goed");
        Files.createDirectories(out);
        Path inProgress = Files.writeString(out.resolve(".overzicht.txt.0b1c2d3e-0000-4000-8000-000000000000.tmp"),
                "de andere run schrijft");
        try (Connection other = db.dataSource().getConnection()) {
            assertThat(query(other, "SELECT pg_try_advisory_lock" + LEASE)).isTrue();
            try {
                RunReport report = runs.runOnce();

                assertThat(report.status()).isEqualTo(RunStatus.FAILED);
                assertThat(report.message()).startsWith("Er loopt al een run van een ander MVI-monitor-proces op deze"
                        + " database; deze is niet gestart.");
                assertThat(source.opened()).isEmpty();
                assertThat(inProgress).hasContent("de andere run schrijft");
                assertThat(out.resolve("overzicht.txt")).doesNotExist();
                assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM sync_run", Integer.class)).isZero();
            } finally {
                query(other, "SELECT pg_advisory_unlock" + LEASE);
            }
        }

        RunReport after = runs.runOnce();

        assertThat(after.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(after.outputsWritten()).containsExactly("overzicht.txt");
        // once the other process is gone, its temporary file is a leftover like any other
        assertThat(inProgress).doesNotExist();
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() && result.getBoolean(1);
        }
    }

    private Path put(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static ValidatedSubmission check(String name, byte[] content) {
        if (new String(content, StandardCharsets.ISO_8859_1).contains(DAMAGED)) {
            List<Finding> damaged = List.of(new Finding(nl.mvimonitor.template.finding.Severity.FOUT,
                    "BESTAND_BESCHADIGD", null, "Het bestand is beschadigd."));
            return new ValidatedSubmission(name, WorkbookMetadata.unknown(), null, null, SubmissionStatus.QUARANTAINE,
                    damaged, Map.of());
        }
        boolean bad = new String(content, StandardCharsets.UTF_8).equals("fout");
        List<Finding> findings = bad ? List.of(new Finding(nl.mvimonitor.template.finding.Severity.FOUT, "VERPLICHT",
                null, "Vul in.")) : List.of();
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", ""), null,
                SubmissionStatus.of(findings), findings, Map.of());
    }

    private static void writeText(SubmissionQueries data, LoadedGoals goals, Clock clock, OutputStream stream)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (SubmissionSummary s : data.currentSubmissions()) {
            text.append(s.sourcePath()).append(' ').append(s.status()).append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
