package nl.mvimonitor.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.StoredFinding;
import nl.mvimonitor.sync.store.StoredPath;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * A file whose path is longer than {@code source_file.path} allows (deep folders on a share, a crafted name; Linux
 * allows 4,096 bytes): it is read and stored like any other, shown shortened, with a finding, and never fails the
 * insert that would stop the whole run.
 */
class OverlongPathTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String DEEP = "Zuid/" + "a".repeat(250) + "/" + "b".repeat(250) + "/" + "c".repeat(250) + "/"
            + "d".repeat(250) + "/" + "e".repeat(100);

    @TempDir
    Path inbox;
    private TestDatabase db;
    private Submissions submissions;
    private JdbcSubmissionQueries queries;
    private LocalFolderSource source;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, StoreSettings.defaults());
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                StoreSettings.defaults());
        source = new LocalFolderSource("lokaal", inbox);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aPathLongerThanTheStoreAllowsIsStoredShortenedWithAFindingAndTheOthersStillCount() throws IOException {
        put(DEEP + "/P-2024-022.xlsx");
        put("Zuid/P-2024-023.xlsx");

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForList("SELECT path FROM source_file", String.class)).hasSize(2)
                .allSatisfy(path -> assertThat(path.length()).isLessThanOrEqualTo(StoredPath.MAX_CHARS))
                .contains("Zuid/P-2024-023.xlsx");
        SubmissionSummary deep = queries.currentSubmissions().stream()
                .filter(s -> s.sourcePath().startsWith("Zuid/aaa")).findFirst().orElseThrow();
        assertThat(deep.sourcePath()).endsWith("…").doesNotContain("#");
        assertThat(deep.status()).isEqualTo(SubmissionStatus.WAARSCHUWING);
        assertThat(findings()).filteredOn(f -> f.finding().rule().equals(RuleCode.BESTAND_PAD_TE_LANG.name()))
                .singleElement().satisfies(f -> {
                    assertThat(f.submission().submissionId()).isEqualTo(deep.submissionId());
                    assertThat(f.finding().message()).contains("langer dan de 1024 tekens", deep.sourcePath());
                });
    }

    @Test
    void theSameOverlongPathIsTheSameFileOnTheNextRunAndTwoThatDifferOnlyAtTheEndStayTwo() throws IOException {
        put(DEEP + "/P-2024-022.xlsx");
        put(DEEP + "/P-2024-024.xlsx");

        intake().intake(source, source.list(), IntakeProgress.silent());
        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM source_file", Integer.class)).isEqualTo(2);
        assertThat(queries.currentSubmissions()).hasSize(2);
    }

    @Test
    void aCleanPathThatLooksShortenedIsKeyedAsOneSoNoTwoPathsShareAKey() {
        StoredPath longer = StoredPath.of(DEEP + "/P-2024-022.xlsx");

        assertThat(longer.shortened()).isTrue();
        assertThat(StoredPath.of(longer.key()).key()).isNotEqualTo(longer.key());
        assertThat(StoredPath.of("Zuid/P-2024-022.xlsx").shortened()).isFalse();
    }

    private List<StoredFinding> findings() {
        List<StoredFinding> findings = new ArrayList<>();
        queries.forEachFinding(findings::add);
        return findings;
    }

    private FileIntake intake() {
        return new FileIntake((name, content) -> ok(name), submissions,
                new IntakeSettings(1, DataSize.ofMegabytes(1), inbox.resolve("register.csv")), CLOCK);
    }

    private static ValidatedSubmission ok(String name) {
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), "P-2024-022", null, SubmissionStatus.OK,
                List.of(), Map.of());
    }

    private void put(String path) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "inhoud " + path.length() + path.charAt(path.length() - 6));
    }
}
