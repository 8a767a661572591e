package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.consolidation.ConsolidatedWorkbookWriter;
import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.intake.FileIntake;
import nl.mvimonitor.sync.intake.IntakeSettings;
import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.BoardGoalCopies;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.SourceFiles;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardGoals;
import nl.mvimonitor.sync.summary.BoardReportWriter;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Outputs broken after a run (emptied, truncated, changed, replaced, a folder or a link in their place, or edited by
 * the board) are written again by the next run, which says which and why; untouched outputs are left alone. Runs
 * with the real workbook writers and the board's goals read from the board workbook, as in the service.
 */
class BrokenOutputsTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    @TempDir
    Path dir;
    private Path inbox;
    private Path overview;
    private Path board;
    private TestDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));
    private SyncRuns runs;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        Path out = dir.resolve("out");
        overview = out.resolve("MVI-overzicht.xlsx");
        board = out.resolve("MVI-bestuursrapportage.xlsx");
        db = TestDatabase.h2();
        StoreSettings storeSettings = StoreSettings.defaults();
        Submissions submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, storeSettings);
        JdbcSubmissionQueries queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA,
                ProjectRegister.none(), storeSettings);
        FileIntake intake = new FileIntake(BrokenOutputsTest::check, submissions,
                new IntakeSettings(2, DataSize.ofMegabytes(1), dir.resolve("register.csv")), clock);
        Runs runRecords = new Runs(db.jdbc());
        Path cache = dir.resolve("cache");
        List<OutputWorkbook> outputs = List.of(
                new OutputWorkbook(overview, (data, goals, asOf, stream) ->
                        new ConsolidatedWorkbookWriter(SCHEMA, asOf, cache.resolve("overzicht")).write(data, stream)),
                new OutputWorkbook(board, (data, goals, asOf, stream) ->
                        new BoardReportWriter(SCHEMA, asOf, cache.resolve("bestuur")).write(data, goals.tab(), stream)));
        RunOutputs publishing = new RunOutputs(queries, runRecords, ProjectRegister.none(),
                new BoardGoalFiles(new PublishSettings(out, overview.getFileName().toString(),
                        board.getFileName().toString(), cache),
                        new GoalSeedSettings(dir.resolve("geen-startdoelen.csv"), false), runRecords,
                        new BoardGoalCopies(db.jdbc()), clock),
                outputs, new OutputPublisher(), SCHEMA, clock);
        runs = new SyncRuns(List.of(new LocalFolderSource("lokaal", inbox)), new SourceFiles(db.jdbc(), db.tx()),
                intake, runRecords, publishing, clock);
        Files.createDirectories(out);
        Files.write(board, boardWorkbookWith(BoardGoals.readDefaultSeed()));
        put("Zuid/P-1.xlsx");
        put("Noord/P-2.xlsx");
        assertThat(runs.runOnce().outputsWritten()).hasSize(2);
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void untouchedOutputsAreLeftAsTheyAre() throws IOException {
        FileTime written = Files.getLastModifiedTime(overview);

        RunReport next = runs.runOnce();

        assertThat(next.outputsWritten()).isEmpty();
        assertThat(next.message()).isNull();
        assertThat(Files.getLastModifiedTime(overview)).isEqualTo(written);
    }

    @Test
    void anOutputOnlyTouchedKeepsItsBytesAndIsNotWrittenAgain() throws IOException {
        Files.setLastModifiedTime(overview, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(runs.runOnce().outputsWritten()).isEmpty();
    }

    @Test
    void anEmptiedOverviewIsWrittenAgain() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        Files.write(overview, new byte[0]);

        assertRewritten(overview, before, "leeg (0 bytes)");
    }

    @Test
    void aTruncatedOverviewIsWrittenAgain() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        Files.write(overview, java.util.Arrays.copyOf(before, before.length / 2));

        assertRewritten(overview, before, before.length / 2 + " bytes in plaats van de geschreven " + before.length);
    }

    @Test
    void anOverviewWithOneByteChangedUnderItsOldTimeIsWrittenAgain() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        FileTime time = Files.getLastModifiedTime(overview);
        byte[] damaged = before.clone();
        damaged[damaged.length / 3] ^= 0x01;
        Files.write(overview, damaged);
        Files.setLastModifiedTime(overview, time);

        assertRewritten(overview, before, "zelfde grootte, andere inhoud");
    }

    @Test
    void anOverviewReplacedByAnotherValidWorkbookOfTheSameSizeAndTimeIsWrittenAgain() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        FileTime time = Files.getLastModifiedTime(overview);
        // as cp -p of another save of the same workbook: other zip entry times, same size, same modification time
        byte[] other = withOtherEntryTime(before);
        assertThat(other).hasSameSizeAs(before).isNotEqualTo(before);
        try (XSSFWorkbook stillValid = new XSSFWorkbook(new ByteArrayInputStream(other))) {
            assertThat(stillValid.getNumberOfSheets()).isPositive();
        }
        Files.write(overview, other);
        Files.setLastModifiedTime(overview, time);

        assertRewritten(overview, before, "andere inhoud");
    }

    @Test
    void anOverviewReplacedByAnEmptyFolderIsWrittenAgain() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        Files.delete(overview);
        Files.createDirectory(overview);

        assertRewritten(overview, before, "een map");
    }

    @Test
    void aFolderWithContentInPlaceOfTheOverviewIsRenamedNotDeleted() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        Files.delete(overview);
        Files.writeString(Files.createDirectory(overview).resolve("notities.txt"), "van iemand");

        assertRewritten(overview, before, "een map");
        try (var siblings = Files.list(overview.getParent())) {
            Path aside = siblings.filter(p -> p.getFileName().toString().startsWith("MVI-overzicht.xlsx (map"))
                    .findFirst().orElseThrow();
            assertThat(aside.resolve("notities.txt")).hasContent("van iemand");
        }
    }

    @Test
    void anOverviewReplacedByALinkToACopyIsWrittenAgainAsAFile() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        Path copy = Files.write(dir.resolve("kopie.xlsx"), before);
        Files.delete(overview);
        Files.createSymbolicLink(overview, copy);

        assertRewritten(overview, before, "snelkoppeling");
        assertThat(Files.isSymbolicLink(overview)).isFalse();
    }

    @Test
    void aDeletedOverviewIsWrittenAgainAndTheBoardWorkbookLeftAlone() throws IOException {
        byte[] before = Files.readAllBytes(overview);
        FileTime boardWritten = Files.getLastModifiedTime(board);
        Files.delete(overview);

        assertRewritten(overview, before, "ontbrak");
        assertThat(Files.getLastModifiedTime(board)).isEqualTo(boardWritten);
    }

    @Test
    void aDeletedBoardWorkbookIsWrittenAgainAsItWasWithTheKeptGoals() throws IOException {
        byte[] before = Files.readAllBytes(board);
        FileTime overviewWritten = Files.getLastModifiedTime(overview);
        Files.delete(board);

        assertRewritten(board, before, "ontbrak");
        assertThat(Files.getLastModifiedTime(overview)).isEqualTo(overviewWritten);
    }

    @Test
    void aDeletedOutputFolderHasBothOutputsWrittenAgainAsTheyWere() throws IOException {
        byte[] overviewBefore = Files.readAllBytes(overview);
        byte[] boardBefore = Files.readAllBytes(board);
        Files.delete(overview);
        Files.delete(board);
        Files.delete(board.getParent());

        RunReport next = runs.runOnce();

        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(next.outputsWritten()).containsExactly("MVI-overzicht.xlsx", "MVI-bestuursrapportage.xlsx");
        assertThat(next.message()).contains("MVI-overzicht.xlsx, want het bestand ontbrak",
                "MVI-bestuursrapportage.xlsx ontbrak en is opnieuw geschreven met de laatst gelezen doelen van het"
                        + " bestuur");
        assertThat(overview).hasBinaryContent(overviewBefore);
        assertThat(parts(Files.readAllBytes(board))).isEqualTo(parts(boardBefore));
        assertThat(runs.runOnce().outputsWritten()).isEmpty();
    }

    @Test
    void aBoardWorkbookTheBoardSavedWithANoteIsWrittenAgainWithItsGoals() throws Exception {
        List<BoardGoal> goals = goalsIn(board);
        edit(board, book -> book.getSheet("Toelichting").createRow(200).createCell(0).setCellValue("Notitie"));

        RunReport next = runs.runOnce();

        assertThat(next.outputsWritten()).containsExactly("MVI-bestuursrapportage.xlsx");
        assertThat(next.message()).startsWith("Opnieuw geschreven: MVI-bestuursrapportage.xlsx, want het bestand was"
                + " gewijzigd");
        assertThat(goalsIn(board)).isNotEmpty().isEqualTo(goals);
        assertThat(runs.runOnce().outputsWritten()).isEmpty();
    }

    @Test
    void goalsTheBoardTypedAreKeptWhenItsWorkbookIsWrittenAgain() throws Exception {
        edit(board, book -> {
            XSSFSheet doelen = book.getSheet("Doelen");
            int description = -1;
            for (Row row : doelen) {
                for (var cell : row) {
                    if ("Omschrijving".equals(cell.toString())) {
                        description = cell.getColumnIndex();
                    }
                }
                if (row.getCell(0) != null && "BD-01".equals(row.getCell(0).toString())) {
                    row.getCell(description).setCellValue("Doel aangepast door het bestuur");
                }
            }
        });
        List<BoardGoal> typed = goalsIn(board);

        RunReport next = runs.runOnce();

        assertThat(next.outputsWritten()).contains("MVI-bestuursrapportage.xlsx");
        assertThat(goalsIn(board)).isEqualTo(typed);
        assertThat(typed.toString()).contains("aangepast door het bestuur");
    }

    @Test
    void theFirstRunAfterTheUpgradeWritesEachOutputOnceAndSaysWhy() throws IOException {
        db.jdbc().update("DELETE FROM published_output");
        byte[] before = Files.readAllBytes(overview);

        RunReport upgrade = runs.runOnce();

        assertThat(upgrade.outputsWritten()).containsExactly("MVI-overzicht.xlsx", "MVI-bestuursrapportage.xlsx");
        assertThat(upgrade.message()).contains("eerste run na de upgrade");
        assertThat(overview).hasBinaryContent(before);
        assertThat(runs.runOnce().outputsWritten()).isEmpty();
    }

    @Test
    void bothOutputsBrokenAreBothWrittenAgainAndNamedInTheRunRecord() throws IOException {
        Files.write(overview, new byte[0]);
        Files.delete(board);
        Files.write(board, boardWorkbookWith(BoardGoals.readDefaultSeed().subList(0, 2)));

        RunReport next = runs.runOnce();

        // the board workbook was replaced with other goals: those are the board's goals now, so all is written
        assertThat(next.outputsWritten()).containsExactly("MVI-overzicht.xlsx", "MVI-bestuursrapportage.xlsx");
        assertThat(goalsIn(board)).hasSize(2);
        assertThat(Files.size(overview)).isPositive();
    }

    private void assertRewritten(Path output, byte[] expected, String reason) throws IOException {
        RunReport next = runs.runOnce();

        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(next.outputsWritten()).containsExactly(output.getFileName().toString());
        assertThat(next.message()).startsWith("Opnieuw geschreven: " + output.getFileName() + ", want")
                .contains(reason);
        assertThat(next.summaryNl()).contains(next.message());
        assertThat(db.jdbc().queryForObject("SELECT message FROM sync_run WHERE id = ?", String.class, next.runId()))
                .isEqualTo(next.message());
        assertThat(output).isRegularFile();
        if (output.equals(board)) {
            assertThat(parts(Files.readAllBytes(output))).isEqualTo(parts(expected));
        } else {
            assertThat(output).hasBinaryContent(expected);
        }
        assertThat(runs.runOnce().outputsWritten()).isEmpty();
    }

    /**
     * Every part of a workbook by name, as its bytes unpacked. POI stamps the board workbook's zip entries with the
     * time of writing (to two seconds), so two writes of the same workbook agree in their parts, not always in their
     * zip bytes; the overview's entries carry a fixed time, so it is compared byte for byte.
     */
    private static Map<String, String> parts(byte[] workbook) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(zip.readAllBytes())));
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }

    /** The first entry's DOS modification time changed in its local header and in the central directory. */
    private static byte[] withOtherEntryTime(byte[] zip) {
        byte[] other = zip.clone();
        other[10] ^= 0x02;
        int central = -1;
        for (int i = other.length - 22; i >= 0 && central < 0; i--) {
            if (other[i] == 'P' && other[i + 1] == 'K' && other[i + 2] == 5 && other[i + 3] == 6) {
                central = (other[i + 16] & 0xff) | (other[i + 17] & 0xff) << 8 | (other[i + 18] & 0xff) << 16
                        | (other[i + 19] & 0xff) << 24;
            }
        }
        other[central + 12] ^= 0x02;
        return other;
    }

    private static List<BoardGoal> goalsIn(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook)) {
            return BoardGoals.readFromBoardWorkbook(in);
        }
    }

    private static byte[] boardWorkbookWith(List<BoardGoal> goals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SCHEMA, Clock.fixed(Instant.parse("2025-01-15T07:00:00Z"), ZoneOffset.UTC))
                .write(new InMemorySubmissionQueries(), goals, out);
        return out.toByteArray();
    }

    /** Opens, changes and saves a workbook as a person in Excel would. */
    private static void edit(Path workbook, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        try (book; OutputStream out = Files.newOutputStream(workbook)) {
            change.accept(book);
            book.write(out);
        }
    }

    private void put(String path) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "goed " + path);
    }

    private static ValidatedSubmission check(String name, byte[] content) {
        List<Finding> findings = List.of();
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", ""), null,
                SubmissionStatus.of(findings), findings, Map.of());
    }
}
