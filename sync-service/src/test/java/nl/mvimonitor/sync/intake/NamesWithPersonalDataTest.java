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
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.StoreFixtures;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.StoredFinding;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** File and folder names with personal data, and names that try to forge log lines, where files enter intake. */
class NamesWithPersonalDataTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String FILE_NEUTRAL = "(bestandsnaam bevat mogelijk persoonsgegevens)";
    private static final String FOLDER_NEUTRAL = "(mapnaam bevat mogelijk persoonsgegevens)";

    @TempDir
    Path inbox;
    private TestDatabase db;
    private Submissions submissions;
    private JdbcSubmissionQueries queries;
    private CountingSource source;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger intakeLogger = (Logger) LoggerFactory.getLogger(FileIntake.class);
    private Level levelBefore;
    private boolean additiveBefore;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, StoreSettings.defaults());
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                StoreSettings.defaults());
        source = new CountingSource(new LocalFolderSource("lokaal", inbox));
        levelBefore = intakeLogger.getLevel();
        intakeLogger.setLevel(Level.DEBUG);
        // the debug lines carry stack traces: captured here, kept off the console
        additiveBefore = intakeLogger.isAdditive();
        intakeLogger.setAdditive(false);
        log.start();
        intakeLogger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        intakeLogger.detachAppender(log);
        intakeLogger.setLevel(levelBefore);
        intakeLogger.setAdditive(additiveBefore);
        db.close();
    }

    @Test
    void aFileNameWithALineBreakGivesOneLogLinePerEvent() throws IOException {
        String forged = "Zuid/P-1.xlsx\n2026-12-04 ERROR forged\r\t.xlsx";
        put(forged);
        source.failOpening(forged);

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(log.list).isNotEmpty();
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("\n", "\r", "\t"));
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("Zuid/P-1.xlsx\\n2026-12-04 ERROR forged\\r\\t.xlsx");
    }

    @Test
    void bsnGroupedWithSpacesInAFileNameIsStoredOnlyAsTheHashOfThePath() throws IOException {
        String path = "Zuid/P-2024-022 123 456 782.xlsx";
        put(path);

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForList("SELECT path FROM source_file", String.class))
                .containsExactly("sha256:" + StoreFixtures.sha256(path));
        assertThat(queries.currentSubmissions()).singleElement().satisfies(s -> {
            assertThat(s.sourceName()).isEqualTo("P-2024-022 " + FILE_NEUTRAL);
            assertThat(s.sourcePath()).isEqualTo("P-2024-022 " + FILE_NEUTRAL);
            assertThat(s.unit()).isEqualTo("Zuid");
            assertThat(s.status()).isEqualTo(SubmissionStatus.FOUT);
        });
        StoredFinding finding = onlyFinding();
        assertThat(finding.finding().rule()).isEqualTo("PRIVACY_NAAM");
        assertThat(finding.finding().message()).contains("De naam van dit bestand", "Zuid/" + FILE_NEUTRAL,
                "Geef het bestand een naam zonder persoonsgegevens");
        assertNowhere("456 782", "456782");
    }

    @Test
    void emailInAUnitFolderNameIsNeitherStoredNorQuoted() throws IOException {
        put("j.jansen@example.nl/P-2024-022.xlsx");

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForList("SELECT unit FROM source_file", String.class))
                .containsExactly(FOLDER_NEUTRAL);
        assertThat(queries.currentSubmissions()).singleElement()
                .satisfies(s -> assertThat(s.unit()).isEqualTo(FOLDER_NEUTRAL));
        assertThat(onlyFinding().finding().message()).contains("De naam van een map", FOLDER_NEUTRAL
                + "/P-2024-022.xlsx", "Geef de map een naam zonder persoonsgegevens");
        assertNowhere("jansen", "example.nl");
    }

    @Test
    void aPhoneNumberInASubFolderNameHidesThePathButKeepsTheUnit() throws IOException {
        String path = "Zuid/bel 06 1234 5678/P-2024-022.xlsx";
        put(path);

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForList("SELECT path || '|' || unit FROM source_file", String.class))
                .containsExactly("sha256:" + StoreFixtures.sha256(path) + "|Zuid");
        assertThat(onlyFinding().finding().message()).contains("Zuid/" + FOLDER_NEUTRAL + "/P-2024-022.xlsx");
        assertNowhere("1234 5678", "12345678");
    }

    @Test
    void anIbanInAFileThatCannotBeReadIsNamedNeutrallyInTheFindingAndTheLog() throws IOException {
        String path = "Zuid/P-2024-022 NL91ABNA0417164300.xlsx";
        put(path);
        source.failOpening(path);

        intake().intake(source, source.list(), IntakeProgress.silent());

        List<StoredFinding> findings = findings();
        assertThat(findings).extracting(f -> f.finding().rule())
                .containsExactly("PRIVACY_NAAM", IntakeFailures.NOT_READ);
        assertThat(findings.get(1).finding().message()).startsWith("Het bestand Zuid/" + FILE_NEUTRAL + " kon niet");
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("Zuid/" + FILE_NEUTRAL));
        assertNowhere("ABNA", "0417164300");
    }

    @Test
    void aCleanNameIsLeftAsItIs() throws IOException {
        put("Zuiveringsbeheer/P-2024-022 Renovatie gemaal.xlsx");

        intake().intake(source, source.list(), IntakeProgress.silent());

        assertThat(db.jdbc().queryForList("SELECT path FROM source_file", String.class))
                .containsExactly("Zuiveringsbeheer/P-2024-022 Renovatie gemaal.xlsx");
        assertThat(queries.currentSubmissions()).singleElement().satisfies(s -> {
            assertThat(s.sourceName()).isEqualTo("P-2024-022 Renovatie gemaal.xlsx");
            assertThat(s.unit()).isEqualTo("Zuiveringsbeheer");
            assertThat(s.status()).isEqualTo(SubmissionStatus.OK);
        });
        assertThat(findings()).isEmpty();
    }

    @Test
    void theWorkbookCheckSeesOnlyTheNeutralName() throws IOException {
        put("Zuid/P-2024-022 06-12345678.xlsx");
        List<String> seen = new ArrayList<>();

        intake((name, content) -> {
            seen.add(name);
            return ok(name);
        }).intake(source, source.list(), IntakeProgress.silent());

        assertThat(seen).containsExactly(FILE_NEUTRAL);
    }

    /** The personal values appear in no text column of any table, nor in any log line. */
    private void assertNowhere(String... values) {
        List<String> texts = new ArrayList<>();
        for (String sql : List.of("SELECT path || '|' || COALESCE(unit, '') FROM source_file",
                "SELECT COALESCE(project_id, '') || '|' || COALESCE(unit, '') FROM submission",
                "SELECT COALESCE(sheet, '') || '|' || message FROM finding",
                "SELECT payload FROM submission_rows")) {
            texts.addAll(db.jdbc().queryForList(sql, String.class));
        }
        log.list.forEach(e -> texts.add(e.getFormattedMessage()));
        for (String value : values) {
            assertThat(texts).noneMatch(t -> t.contains(value));
        }
    }

    private StoredFinding onlyFinding() {
        List<StoredFinding> findings = findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private List<StoredFinding> findings() {
        List<StoredFinding> findings = new ArrayList<>();
        queries.forEachFinding(findings::add);
        return findings;
    }

    private FileIntake intake() {
        return intake((name, content) -> ok(name));
    }

    private FileIntake intake(WorkbookCheck check) {
        return new FileIntake(check, submissions,
                new IntakeSettings(1, DataSize.ofMegabytes(1), inbox.resolve("register.csv")), CLOCK);
    }

    private static ValidatedSubmission ok(String name) {
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), "P-2024-022", null, SubmissionStatus.OK,
                List.of(), Map.of());
    }

    private void put(String path) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "inhoud");
    }
}
