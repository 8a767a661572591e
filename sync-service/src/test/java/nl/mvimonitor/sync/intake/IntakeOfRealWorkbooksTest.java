package nl.mvimonitor.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;

/** Intake through the template's own reader and validator, on workbooks built per docs/adr/0001. */
class IntakeOfRealWorkbooksTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    @TempDir
    Path inbox;
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.h2();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesEveryWorkbookAndTheBrokenOnesByTheirContentHash() throws IOException {
        Path good1 = put("Zuiveringsbeheer/P-2024-001.xlsx", ProjectSheets.sheet(SCHEMA,
                Map.of("project_id", "P-2024-001", "projectnaam", "Slibontwatering", "fase", "VOORBEREIDEN"),
                List.of(Map.of("criterium_id", "C1", "thema", "KLI"))));
        Path good2 = put("Watersysteem/P-2024-002.xlsx", ProjectSheets.sheet(SCHEMA,
                Map.of("project_id", "P-2024-002", "projectnaam", "Gemaal", "fase", "AANBESTEDEN"), List.of()));
        Path notAZip = put("Watersysteem/planning-oud.xlsx", "ProjectID;Planning\nP-1;Q3\n".getBytes());
        Path macro = put("Watersysteem/met-macro.xlsm", new byte[] {0x50, 0x4b, 0x03, 0x04});
        CountingSource source = new CountingSource(new LocalFolderSource("lokaal", inbox));
        FileIntake intake = new FileIntake(new TemplateWorkbookCheck(SCHEMA),
                new Submissions(db.jdbc(), db.tx(), SCHEMA, StoreSettings.defaults()),
                new IntakeSettings(2, DataSize.ofMegabytes(5), inbox.resolve("geen.csv")),
                Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

        IntakeResult first = intake.intake(source, source.list(), IntakeProgress.silent());
        IntakeResult again = intake.intake(source, source.list(), IntakeProgress.silent());

        assertThat(first.filesRead()).isEqualTo(4);
        assertThat(first.submissionsCreated()).isEqualTo(4);
        assertThat(again.submissionsCreated()).isZero();
        JdbcSubmissionQueries queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA,
                ProjectRegister.none(), StoreSettings.defaults());
        assertThat(queries.currentSubmissions())
                .extracting(SubmissionSummary::sourcePath, SubmissionSummary::fingerprint)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Zuiveringsbeheer/P-2024-001.xlsx", sha256(good1)),
                        org.assertj.core.groups.Tuple.tuple("Watersysteem/P-2024-002.xlsx", sha256(good2)),
                        org.assertj.core.groups.Tuple.tuple("Watersysteem/planning-oud.xlsx", sha256(notAZip)),
                        org.assertj.core.groups.Tuple.tuple("Watersysteem/met-macro.xlsm", sha256(macro)));
        // reader, validator and store agree on types: nothing ended as an unexpected failure
        List<String> rules = new java.util.ArrayList<>();
        queries.forEachFinding(f -> rules.add(f.finding().rule()));
        assertThat(rules).doesNotContain(IntakeFailures.PROCESSING_FAILED);
    }

    private Path put(String path, byte[] content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
