package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.failure.KnownPlace;
import nl.mvimonitor.sync.failure.PlaceKind;
import nl.mvimonitor.sync.failure.ServicePlaces;
import nl.mvimonitor.sync.intake.FileIntake;
import nl.mvimonitor.sync.intake.IntakeSettings;
import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.SourceFiles;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** Whole runs against a temp inbox, an H2 store and text outputs that show what the writers were given. */
class SyncRunsTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    @TempDir
    Path dir;
    private Path inbox;
    private Path out;
    private TestDatabase db;
    private CountingSource source;
    private JdbcSubmissionQueries queries;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));
    private final AtomicReference<BoardGoalLoader> goals =
            new AtomicReference<>(() -> new LoadedGoals(List.of(), "test", "doelen v1"));
    private final AtomicReference<OutputWorkbook.Writer> writer = new AtomicReference<>(SyncRunsTest::writeText);
    private SyncRuns runs;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        out = dir.resolve("out");
        db = TestDatabase.h2();
        source = new CountingSource(new LocalFolderSource("lokaal", inbox));
        StoreSettings storeSettings = StoreSettings.defaults();
        Submissions submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, storeSettings);
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                storeSettings);
        FileIntake intake = new FileIntake(SyncRunsTest::check, submissions,
                new IntakeSettings(2, DataSize.ofMegabytes(1), dir.resolve("register.csv")), clock);
        Runs runRecords = new Runs(db.jdbc());
        BoardGoalLoader currentGoals = () -> goals.get().load();
        RunOutputs outputs = new RunOutputs(queries, runRecords, ProjectRegister.none(), currentGoals,
                List.of(new OutputWorkbook(out.resolve("overzicht.txt"), SyncRunsTest::writeText),
                        new OutputWorkbook(out.resolve("bestuur.txt"),
                                (data, goalList, asOf, stream) -> writer.get().write(data, goalList, asOf, stream))),
                new OutputPublisher(), SCHEMA, clock);
        ServicePlaces places = new ServicePlaces(List.of(new KnownPlace(PlaceKind.INBOX, inbox),
                new KnownPlace(PlaceKind.OUTPUT, out)));
        runs = new SyncRuns(List.of(source), new SourceFiles(db.jdbc(), db.tx()), intake, runRecords, outputs, clock,
                places);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void firstRunReadsEveryFileAndWritesTheOutputs() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Zuid/P-2.xlsx", "fout");
        put("Noord/P-3.xlsx", "goed");

        RunReport report = runs.runOnce();

        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.filesSeen()).isEqualTo(3);
        assertThat(report.filesRead()).isEqualTo(3);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.outputsWritten()).containsExactly("overzicht.txt", "bestuur.txt");
        assertThat(out.resolve("overzicht.txt")).content().contains("P-1", "P-2", "P-3");
    }

    @Test
    void secondRunOnUnchangedInputReadsNoFileAndLeavesTheOutputsAsTheyWere() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Noord/P-3.xlsx", "goed");
        runs.runOnce();
        byte[] before = Files.readAllBytes(out.resolve("overzicht.txt"));
        source.reset();
        clock.advance(Duration.ofHours(1));

        RunReport second = runs.runOnce();

        assertThat(source.opens()).isZero();
        assertThat(second.filesSkipped()).isEqualTo(2);
        assertThat(second.filesRead()).isZero();
        assertThat(second.outputsWritten()).isEmpty();
        assertThat(out.resolve("overzicht.txt")).hasBinaryContent(before);
    }

    @Test
    void everyPresentFileIsMarkedSeenByTheRunThatSawIt() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Noord/P-3.xlsx", "goed");
        runs.runOnce();
        clock.advance(Duration.ofHours(1));
        change("Zuid/P-1.xlsx", "fout");

        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(queries.currentSubmissions()).extracting(SubmissionSummary::lastSeenAt)
                .containsOnly(clock.instant());
    }

    @Test
    void aChangedFileIsTheOnlyOneReadAgain() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Noord/P-3.xlsx", "goed");
        runs.runOnce();
        source.reset();

        change("Zuid/P-1.xlsx", "fout");
        RunReport second = runs.runOnce();

        assertThat(source.opened()).containsExactly("Zuid/P-1.xlsx");
        assertThat(second.filesRead()).isEqualTo(1);
        assertThat(second.outputsWritten()).hasSize(2);
        assertThat(status("Zuid/P-1.xlsx")).isEqualTo(SubmissionStatus.FOUT);
    }

    @Test
    void aDeletedFileIsNoLongerCurrentAndTheOutputsFollow() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Noord/P-3.xlsx", "goed");
        runs.runOnce();

        Files.delete(inbox.resolve("Noord/P-3.xlsx"));
        RunReport second = runs.runOnce();

        assertThat(second.filesDeleted()).isEqualTo(1);
        assertThat(queries.currentSubmissions()).extracting(SubmissionSummary::sourcePath)
                .containsExactly("Zuid/P-1.xlsx");
        assertThat(out.resolve("overzicht.txt")).content().doesNotContain("P-3");
    }

    @Test
    void aMissingOutputIsWrittenAgainWithTheSameContentAsBefore() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        runs.runOnce();
        byte[] before = Files.readAllBytes(out.resolve("bestuur.txt"));
        Files.delete(out.resolve("bestuur.txt"));
        clock.advance(Duration.ofDays(2));

        RunReport second = runs.runOnce();

        assertThat(second.outputsWritten()).contains("bestuur.txt");
        assertThat(out.resolve("bestuur.txt")).hasBinaryContent(before);
    }

    @Test
    void changedBoardGoalsRewriteTheOutputs() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        runs.runOnce();

        goals.set(() -> new LoadedGoals(List.of(), "test", "doelen v2"));
        RunReport second = runs.runOnce();

        assertThat(second.filesRead()).isZero();
        assertThat(second.outputsWritten()).hasSize(2);
    }

    @Test
    void unreadableBoardGoalsFailTheRunAndLeaveEveryOutputUntouched() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        runs.runOnce();
        byte[] overview = Files.readAllBytes(out.resolve("overzicht.txt"));
        byte[] board = Files.readAllBytes(out.resolve("bestuur.txt"));
        put("Zuid/P-2.xlsx", "goed");
        goals.set(() -> {
            throw new RunFailure("Het bestuursrapport kan niet worden gelezen.", new IOException("kapot"));
        });

        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.message()).contains("bestuursrapport");
        assertThat(out.resolve("overzicht.txt")).hasBinaryContent(overview);
        assertThat(out.resolve("bestuur.txt")).hasBinaryContent(board);
    }

    @Test
    void anUnreachableSourceFailsTheRunWithoutMarkingItsFilesDeleted() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        runs.runOnce();

        Files.delete(inbox.resolve("Zuid/P-1.xlsx"));
        Files.delete(inbox.resolve("Zuid"));
        Files.delete(inbox);
        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.message()).contains("lokaal").contains("bestaat niet")
                .contains("de inbox " + inbox.toAbsolutePath());
        assertThat(queries.currentSubmissions()).hasSize(1);
    }

    @Test
    void aCopyNextToTheOriginalIsADuplicateOfTheFileModifiedLast() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Zuid/P-1 - kopie.xlsx", "goed");
        modified("Zuid/P-1 - kopie.xlsx", -60);

        RunReport report = runs.runOnce();

        assertThat(report.outputsWritten()).hasSize(2);
        assertThat(roles()).containsExactly("Zuid/P-1 - kopie.xlsx dubbel", "Zuid/P-1.xlsx telt");
        assertThat(out.resolve("overzicht.txt")).content().containsOnlyOnce(" telt").containsOnlyOnce(" dubbel");        assertThat(report.message()).as("the run's finding counts are of what it read, so it says so apart")
                .contains("1 bestand telt niet mee").contains("DUBBEL_PROJECT");
        assertThat(runs.runOnce().message()).as("also when the outputs are up to date")
                .contains("1 bestand telt niet mee");
    }

    @Test
    void savingTheCopyLaterMakesItTheOneThatCountsAndRewritesTheOutputs() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Noord/P-1.xlsx", "goed");
        modified("Noord/P-1.xlsx", -60);
        runs.runOnce();
        assertThat(roles()).containsExactly("Noord/P-1.xlsx dubbel", "Zuid/P-1.xlsx telt");

        modified("Noord/P-1.xlsx", 120); // saved again, same content
        RunReport second = runs.runOnce();

        assertThat(roles()).containsExactly("Noord/P-1.xlsx telt", "Zuid/P-1.xlsx dubbel");
        assertThat(second.outputsWritten()).as("the set of submissions is the same, their roles are not")
                .hasSize(2);
    }

    @Test
    void deletingTheFileThatCountsLetsTheCopyCount() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        put("Zuid/P-1 - kopie.xlsx", "goed");
        modified("Zuid/P-1 - kopie.xlsx", -60);
        runs.runOnce();

        Files.delete(inbox.resolve("Zuid/P-1.xlsx"));
        RunReport second = runs.runOnce();

        assertThat(second.outputsWritten()).hasSize(2);
        assertThat(roles()).containsExactly("Zuid/P-1 - kopie.xlsx telt");
        assertThat(out.resolve("overzicht.txt")).content().doesNotContain("dubbel");
        assertThat(second.message()).isNull();
    }

    /** Each current file's path and whether it counts for its project. */
    private List<String> roles() {
        return queries.currentSubmissions().stream()
                .map(s -> s.sourcePath() + (s.counts() ? " telt" : " dubbel")).toList();
    }

    /** Moves the file's modification time by {@code seconds}. */
    private void modified(String path, int seconds) throws IOException {
        Path file = inbox.resolve(path);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis()
                + seconds * 1000L));
    }

    @Test
    void aFileInPlaceOfTheInboxIsNamedAsSuch() throws IOException {
        Files.delete(inbox);
        Files.writeString(inbox, "geen map");

        RunReport report = runs.runOnce();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).contains("de inbox " + inbox.toAbsolutePath()).contains("geen map")
                .doesNotContain("Exception");
    }

    @Test
    void aFileInPlaceOfTheOutputFolderFailsTheRunNamingTheFolder() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        Files.writeString(out, "geen map");

        RunReport report = runs.runOnce();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).startsWith("Het schrijven van de uitvoer naar de uitvoermap "
                        + out.toAbsolutePath() + " is mislukt: de uitvoermap " + out.toAbsolutePath()
                        + " is een bestand, geen map.")
                .contains("De vorige uitvoer is ongewijzigd");
    }

    @Test
    void aFullDiskFailsTheRunSayingSoAndNamingTheOutputFolder() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        writer.set((data, goalList, asOf, stream) -> {
            stream.write(new byte[1000]);
            throw new IOException("No space left on device");
        });

        RunReport report = runs.runOnce();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).isEqualTo("Het schrijven van de uitvoer naar de uitvoermap "
                + out.toAbsolutePath() + " is mislukt: de schijf is vol. De vorige uitvoer is ongewijzigd; de"
                + " volgende run probeert het opnieuw.");
        assertThat(Files.list(out)).isEmpty();
    }

    @Test
    void anOutputFolderWithoutWritePermissionIsNamed() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        // root may write anywhere: the file system's answer to the service account is simulated
        writer.set((data, goalList, asOf, stream) -> {
            throw new AccessDeniedException(out.toAbsolutePath().toString());
        });

        RunReport report = runs.runOnce();

        assertThat(report.message()).contains("is mislukt: geen toegang tot de uitvoermap " + out.toAbsolutePath())
                .doesNotContain("AccessDeniedException");
    }

    @Test
    void anUnexpectedFailurePointsToTheLogFileWithoutItsMessage() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        writer.set((data, goalList, asOf, stream) -> {
            throw new IllegalStateException("cel B4: Jan Jansen");
        });

        RunReport report = runs.runOnce();

        assertThat(report.message()).contains("onverwachte fout (IllegalStateException)", "logbestand")
                .doesNotContain("Jansen");
    }

    @Test
    void aRunWithUpToDateOutputsStillRemovesTheTemporaryFilesOfAKilledRun() throws IOException {
        put("Zuid/P-1.xlsx", "goed");
        runs.runOnce();
        Path killed = Files.writeString(out.resolve(".overzicht.txt." + UUID.randomUUID() + ".tmp"), "half");
        Path lookAlike = Files.writeString(out.resolve(".overzicht.txt.kopie.tmp"), "van iemand anders");

        RunReport second = runs.runOnce();

        assertThat(second.outputsWritten()).isEmpty();
        assertThat(killed).doesNotExist();
        assertThat(lookAlike).exists();
    }

    private SubmissionStatus status(String path) {
        return queries.currentSubmissions().stream().filter(s -> s.sourcePath().equals(path)).findFirst()
                .orElseThrow().status();
    }

    private void put(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void change(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    }

    /**
     * Stands in for reader and validator: "fout" gives one error, anything else is fine. The ProjectID is the file
     * name, without a copy's " - kopie".
     */
    private static ValidatedSubmission check(String name, byte[] content) {
        boolean bad = new String(content, StandardCharsets.UTF_8).equals("fout");
        List<Finding> findings = bad ? List.of(new Finding(Severity.FOUT, "VERPLICHT", null, "Vul in.")) : List.of();
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", "").replace(" - kopie", ""), null,
                SubmissionStatus.of(findings), findings, Map.of());
    }

    /** Writes what a workbook writer would see: the clock and the current submissions. */
    private static void writeText(SubmissionQueries data, LoadedGoals goals, Clock clock, OutputStream stream)
            throws IOException {
        StringBuilder text = new StringBuilder("peildatum " + clock.instant() + "\n");
        for (SubmissionSummary s : data.currentSubmissions()) {
            text.append(s.projectId()).append(' ').append(s.fingerprint()).append(' ').append(s.status())
                    .append(s.counts() ? " telt" : " dubbel").append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
