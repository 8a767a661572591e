package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.springframework.util.unit.DataSize;

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
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardGoals;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Whole runs with the real board workbook and its goals loader, while the board renames or deletes its goals tab:
 * a renamed tab is kept, a lost one fails the run in Dutch and leaves every output as it was, byte for byte. A deleted
 * board workbook is written again with the goals the service kept of it.
 */
class GoalsTabRunsTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    @TempDir
    Path dir;
    private Path inbox;
    private Path overview;
    private Path board;
    private Path seed;
    private PublishSettings publish;
    private TestDatabase db;
    private SyncRuns runs;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        publish = new PublishSettings(dir.resolve("out"), "overzicht.txt",
                "MVI-bestuursrapportage.xlsx", dir.resolve("cache"));
        overview = publish.consolidatedPath();
        board = publish.boardPath();
        seed = Files.writeString(dir.resolve("bestuursdoelen.csv"),
                "Doel-ID;Thema;KPI;Omschrijving;Basiswaarde;Basisjaar;Streefwaarde;Streefjaar;Eigenaar\n"
                        + "BD-01;;MVI_AANDEEL;Alle aanbestedingen met MVI;72;2023;100;2030;Directie\n"
                        + "BD-02;KLI;CO2_GEREALISEERD;Vermeden CO2;0;2023;540;2029;Klimaat\n");
        db = TestDatabase.h2();
        runs = syncRuns(false);
    }

    /** Runs on the one store, with the goals loader as the service wires it. */
    private SyncRuns syncRuns(boolean restartFromSeed) {
        StoreSettings storeSettings = StoreSettings.defaults();
        Submissions submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, storeSettings);
        SubmissionQueries queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA,
                ProjectRegister.none(), storeSettings);
        FileIntake intake = new FileIntake(GoalsTabRunsTest::check, submissions,
                new IntakeSettings(2, DataSize.ofMegabytes(1), dir.resolve("register.csv")), clock);
        Runs runRecords = new Runs(db.jdbc());
        RunOutputs outputs = new RunOutputs(queries, runRecords, ProjectRegister.none(),
                new BoardGoalFiles(publish, new GoalSeedSettings(seed, restartFromSeed), runRecords,
                        new BoardGoalCopies(db.jdbc()), clock),
                List.of(new OutputWorkbook(overview, GoalsTabRunsTest::writeText),
                        new WorkbookOutputs().boardWorkbook(SCHEMA, publish)),
                new OutputPublisher(), SCHEMA, clock);
        return new SyncRuns(List.of(new LocalFolderSource("lokaal", inbox)), new SourceFiles(db.jdbc(), db.tx()),
                intake, runRecords, outputs, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Doelen 2025", "DOELEN", "Bestuursdoelen"})
    void renamedGoalsTabKeepsTheGoalsAndItsNameThroughARun(String boardName) throws IOException {
        put("Zuid/P-1.xlsx");
        assertThat(runs.runOnce().status()).isEqualTo(RunStatus.COMPLETED);
        List<BoardGoal> seeded = goals();
        BoardGoalFilesTest.edit(board, wb -> wb.setSheetName(wb.getSheetIndex("Doelen"), boardName));
        put("Noord/P-2.xlsx");
        clock.advance(Duration.ofHours(1));

        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(second.outputsWritten()).contains("MVI-bestuursrapportage.xlsx");
        assertThat(tabNames()).contains(boardName).hasSize(7);
        assertThat(goals()).isEqualTo(seeded).hasSize(2);
    }

    @Test
    void deletedGoalsTabFailsTheRunInDutchAndLeavesEveryOutputAsItWas() throws IOException {
        assertLostGoalsTabFailsTheRun(wb -> wb.removeSheetAt(wb.getSheetIndex("Doelen")));
    }

    @Test
    void markerLeftAtRefByADeletedTabFailsTheRunInDutchAndLeavesEveryOutputAsItWas() throws IOException {
        assertLostGoalsTabFailsTheRun(wb -> {
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
            wb.removeSheetAt(wb.getSheetIndex("Doelen 2025"));
            for (CTDefinedName name : wb.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
                if (name.getName().equals("MVI_Doelen")) {
                    name.setStringValue("#REF!$A$1:$O$1");
                }
            }
        });
    }

    @Test
    void oldBoardWorkbookWithoutMarkerOrDoelenTabFailsTheRunInsteadOfReadingSamenvatting() throws IOException {
        assertLostGoalsTabFailsTheRun(wb -> {
            wb.removeName(wb.getName("MVI_Doelen"));
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
        });
    }

    @Test
    void deletedMarkerAndANewDoelenTabWithOtherGoalsFailsTheRunInsteadOfReadingThatTab() throws IOException {
        assertLostGoalsTabFailsTheRun(wb -> {
            wb.removeName(wb.getName("MVI_Doelen"));
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
            var other = wb.createSheet("Doelen");
            other.createRow(0).createCell(0).setCellValue("KPI");
            other.getRow(0).createCell(1).setCellValue("Streefwaarde");
            other.createRow(1).createCell(0).setCellValue("MVI_AANDEEL");
            other.getRow(1).createCell(1).setCellValue(1);
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void deletedBoardWorkbookIsWrittenAgainWithTheGoalsTheBoardTypedIncludingAFormulaAndARenamedTab(
            boolean wholeOutputFolder) throws IOException {
        List<BoardGoal> typed = boardTypesGoalsWithAFormulaInARenamedTab();
        if (wholeOutputFolder) {
            deleteRecursively(board.getParent());
        } else {
            Files.delete(board);
        }
        put("Noord/P-2.xlsx");
        clock.advance(Duration.ofHours(1));

        RunReport repaired = runs.runOnce();

        assertThat(repaired.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(repaired.outputsWritten()).containsExactly("overzicht.txt", "MVI-bestuursrapportage.xlsx");
        assertThat(repaired.message()).contains("MVI-bestuursrapportage.xlsx ontbrak en is opnieuw geschreven met de"
                + " laatst gelezen doelen van het bestuur");
        assertThat(goals()).isEqualTo(typed);
        assertThat(tabNames()).contains("Doelen 2025").doesNotContain("Doelen");
        assertThat(formulas()).contains("E2*2");
        assertThat(overview).exists();
        assertThat(Files.readString(overview)).contains("P-1", "P-2");
        // written again, the workbook is the board's again: the next run reads it and writes nothing
        clock.advance(Duration.ofHours(1));
        RunReport next = runs.runOnce();
        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(next.outputsWritten()).isEmpty();
    }

    @Test
    void deletedBoardWorkbookWithNothingElseChangedIsWrittenAgainAloneWithTheBoardsGoals() throws IOException {
        List<BoardGoal> typed = boardTypesGoalsWithAFormulaInARenamedTab();
        byte[] overviewBefore = Files.readAllBytes(overview);
        Files.delete(board);
        clock.advance(Duration.ofHours(1));

        RunReport repaired = runs.runOnce();

        assertThat(repaired.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(repaired.outputsWritten()).containsExactly("MVI-bestuursrapportage.xlsx");
        assertThat(repaired.message()).startsWith("Opnieuw geschreven: MVI-bestuursrapportage.xlsx, want het bestand"
                + " ontbrak").contains("opnieuw geschreven met de laatst gelezen doelen van het bestuur");
        assertThat(goals()).isEqualTo(typed);
        assertThat(overview).hasBinaryContent(overviewBefore);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void deletedBoardWorkbookWithoutKeptCopyFailsTheRunInDutchAndPuttingItBackKeepsTheGoals(
            boolean wholeOutputFolder) throws IOException {
        List<BoardGoal> typed = boardTypesGoalsWithAFormulaInARenamedTab();
        byte[] boardBefore = Files.readAllBytes(board);
        byte[] overviewBefore = Files.readAllBytes(overview);
        // a store from before V6, which kept no copy of the goals
        db.jdbc().update("DELETE FROM board_goals");
        if (wholeOutputFolder) {
            Files.delete(overview);
        }
        Files.delete(board);
        put("Noord/P-2.xlsx");
        clock.advance(Duration.ofHours(1));

        RunReport lost = runs.runOnce();

        assertThat(lost.status()).isEqualTo(RunStatus.FAILED);
        assertThat(lost.outputsWritten()).isEmpty();
        assertThat(lost.message()).contains("ontbreekt, terwijl de dienst het al eens schreef",
                "De run is gestopt en alle uitvoer is ongewijzigd gebleven", "--mvi.summary.restart-from-seed=true");
        assertThat(board).doesNotExist();
        assertThat(Files.exists(overview)).isEqualTo(!wholeOutputFolder);

        Files.write(board, boardBefore);
        clock.advance(Duration.ofHours(1));
        RunReport restored = runs.runOnce();

        assertThat(restored.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(goals()).isEqualTo(typed);
        assertThat(overview).exists();
        assertThat(Files.readAllBytes(overview)).isNotEqualTo(overviewBefore);
    }

    @Test
    void restartFromSeedTakesTheSeedAndNotTheKeptCopyWhenTheBoardWorkbookIsGone() throws IOException {
        List<BoardGoal> typed = boardTypesGoalsWithAFormulaInARenamedTab();
        Files.delete(board);
        clock.advance(Duration.ofHours(1));

        RunReport restarted = syncRuns(true).runOnce();

        assertThat(restarted.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(restarted.outputsWritten()).contains("MVI-bestuursrapportage.xlsx");
        assertThat(restarted.message()).isNull();
        List<BoardGoal> seeded = BoardGoals.readSeed(Files.newInputStream(seed));
        assertThat(goals()).isEqualTo(seeded).isNotEqualTo(typed);
        assertThat(tabNames()).contains("Doelen").doesNotContain("Doelen 2025");
        // from now on the seed's goals are the ones kept: a next loss gives them back, not the old ones
        Files.delete(board);
        clock.advance(Duration.ofHours(1));
        assertThat(runs.runOnce().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(goals()).isEqualTo(seeded);
    }

    @Test
    void existingBoardWorkbookThatCannotBeReadFailsTheRunAlthoughACopyIsKept() throws IOException {
        boardTypesGoalsWithAFormulaInARenamedTab();
        byte[] half = Arrays.copyOf(Files.readAllBytes(board), 1000);
        Files.write(board, half);
        byte[] overviewBefore = Files.readAllBytes(overview);
        put("Noord/P-2.xlsx");
        clock.advance(Duration.ofHours(1));

        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.message()).contains("kan niet worden gelezen", "alle uitvoer is ongewijzigd gebleven");
        assertThat(board).hasBinaryContent(half);
        assertThat(overview).hasBinaryContent(overviewBefore);
    }

    /** One run, then the board renames its goals tab, types a formula and an owner, and a run reads them. */
    private List<BoardGoal> boardTypesGoalsWithAFormulaInARenamedTab() throws IOException {
        put("Zuid/P-1.xlsx");
        assertThat(runs.runOnce().status()).isEqualTo(RunStatus.COMPLETED);
        BoardGoalFilesTest.edit(board, wb -> {
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
            var goal = wb.getSheet("Doelen 2025").getRow(1);
            goal.getCell(8).setCellValue("Het bestuur");
            double target = goal.getCell(6).getNumericCellValue();
            goal.getCell(6).setCellFormula("E2*2");
            goal.getCell(6).setCellValue(target);
        });
        clock.advance(Duration.ofHours(1));
        assertThat(runs.runOnce().status()).isEqualTo(RunStatus.COMPLETED);
        List<BoardGoal> typed = goals();
        assertThat(typed.toString()).contains("Het bestuur", "E2*2");
        assertThat(formulas()).contains("E2*2");
        return typed;
    }

    private void assertLostGoalsTabFailsTheRun(java.util.function.Consumer<XSSFWorkbook> boardEdit)
            throws IOException {
        put("Zuid/P-1.xlsx");
        assertThat(runs.runOnce().status()).isEqualTo(RunStatus.COMPLETED);
        BoardGoalFilesTest.edit(board, boardEdit);
        byte[] boardBefore = Files.readAllBytes(board);
        byte[] overviewBefore = Files.readAllBytes(overview);
        // a new sheet, so the outputs would be written if the goals could be read
        put("Noord/P-2.xlsx");
        clock.advance(Duration.ofHours(1));

        RunReport second = runs.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.outputsWritten()).isEmpty();
        assertThat(second.message()).contains("heeft geen tabblad met de doelen van het bestuur",
                "De run is gestopt en alle uitvoer is ongewijzigd gebleven", "eerdere versie van het bestand");
        assertThat(board).hasBinaryContent(boardBefore);
        assertThat(overview).hasBinaryContent(overviewBefore);
        try (var files = Files.list(board.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("overzicht.txt", "MVI-bestuursrapportage.xlsx");
        }
    }

    private List<BoardGoal> goals() throws IOException {
        return BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(Files.readAllBytes(board)));
    }

    /** The formulas in the goals tab, wherever the board put it. */
    private List<String> formulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(board)))) {
            List<String> formulas = new ArrayList<>();
            workbook.getSheetAt(workbook.getSheetIndex(workbook.getName("MVI_Doelen").getSheetName()))
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            formulas.add(cell.getCellFormula());
                        }
                    }));
            return formulas;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private List<String> tabNames() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(board)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    private void put(String path) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "goed");
    }

    /** Stands in for reader and validator: every sheet is fine. */
    private static ValidatedSubmission check(String name, byte[] content) {
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", ""), null,
                SubmissionStatus.of(List.of()), List.of(), Map.of());
    }

    /** The overview as text: the current submissions. */
    private static void writeText(SubmissionQueries data, LoadedGoals goals, Clock clock, OutputStream stream)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (SubmissionSummary s : data.currentSubmissions()) {
            text.append(s.projectId()).append(' ').append(s.fingerprint()).append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
