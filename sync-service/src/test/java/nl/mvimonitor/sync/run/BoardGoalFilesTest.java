package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardGoals;
import nl.mvimonitor.sync.summary.BoardReportWriter;
import nl.mvimonitor.sync.summary.GoalsTab;
import nl.mvimonitor.sync.summary.GoalsTabNotFound;
import nl.mvimonitor.template.schema.SchemaLoader;

class BoardGoalFilesTest {

    @TempDir
    Path dir;

    @Test
    void withoutBoardWorkbookOrSeedThereAreNoGoals() {
        LoadedGoals goals = new BoardGoalFiles(dir.resolve("bestuur.xlsx"), dir.resolve("doelen.csv")).load();

        assertThat(goals.goals()).isEmpty();
        assertThat(goals.fingerprint()).isEqualTo(BoardGoalFiles.fingerprint(GoalsTab.withDefaultName(List.of())));
    }

    @Test
    void anUnreadableBoardWorkbookStopsTheRunWithAnExplanation() throws IOException {
        // a folder where the workbook should be: it exists, but cannot be read as a file
        Path board = Files.createDirectory(dir.resolve("MVI-bestuursrapportage.xlsx"));

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("doelen.csv")).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("bestuursrapport")
                .hasMessageContaining("ongewijzigd");
    }

    @Test
    void anUnreadableSeedStopsTheRunToo() throws IOException {
        Path seed = Files.createDirectory(dir.resolve("bestuursdoelen.csv"));

        assertThatThrownBy(() -> new BoardGoalFiles(dir.resolve("bestuur.xlsx"), seed).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("startdoelen");
    }

    @Test
    void aWorkbookReadAheadAfterPublishingGivesTheGoalsOfAFreshRead() throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        BoardGoalFiles files = new BoardGoalFiles(board, dir.resolve("doelen.csv"));

        files.published();
        LoadedGoals goals = files.load();

        LoadedGoals fresh = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();
        assertThat(goals.goals()).isNotEmpty().isEqualTo(fresh.goals());
        assertThat(goals.fingerprint()).isEqualTo(fresh.fingerprint());
    }

    @Test
    void aWorkbookChangedAfterItWasReadAheadIsReadAgain() throws IOException {
        List<BoardGoal> seed = BoardGoals.readDefaultSeed();
        Path board = boardWorkbook(seed);
        BoardGoalFiles files = new BoardGoalFiles(board, dir.resolve("doelen.csv"));
        files.published();
        files.load();

        boardWorkbook(seed.subList(0, 1));

        assertThat(files.load().goals()).hasSize(1).isEqualTo(
                new BoardGoalFiles(board, dir.resolve("doelen.csv")).load().goals());
    }

    @Test
    void aDamagedWorkbookReadAheadStillStopsTheRun() throws IOException {
        Path board = Files.write(dir.resolve("MVI-bestuursrapportage.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        BoardGoalFiles files = new BoardGoalFiles(board, dir.resolve("doelen.csv"));

        files.published();

        assertThatThrownBy(files::load).isInstanceOf(RunFailure.class).hasMessageContaining("bestuursrapport");
    }

    @Test
    void aRenamedGoalsTabIsLoadedWithTheBoardsNameForIt() throws IOException {
        List<BoardGoal> seed = BoardGoals.readDefaultSeed();
        Path board = boardWorkbook(seed);
        LoadedGoals before = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();
        edit(board, wb -> wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025"));

        LoadedGoals renamed = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();

        assertThat(renamed.goals()).isEqualTo(seed);
        assertThat(renamed.tabName()).isEqualTo("Doelen 2025");
        assertThat(before.tabName()).isEqualTo("Doelen");
        // the next output keeps the new name, so it counts as a change of the goals
        assertThat(renamed.fingerprint()).isNotEqualTo(before.fingerprint());
    }

    @ParameterizedTest
    @EnumSource(GoalsTabNotFound.Reason.class)
    void aBoardWorkbookWithoutGoalsTabStopsTheRunWithADutchExplanation(GoalsTabNotFound.Reason reason)
            throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        edit(board, wb -> {
            switch (reason) {
                case NO_TAB -> {
                    wb.removeName(wb.getName("MVI_Doelen"));
                    wb.removeSheetAt(wb.getSheetIndex("Doelen"));
                }
                case MARKER_BROKEN -> wb.removeSheetAt(wb.getSheetIndex("Doelen"));
                case NO_HEADER -> wb.getSheet("Doelen").removeRow(wb.getSheet("Doelen").getRow(0));
                case MARKER_MISSING -> wb.removeName(wb.getName("MVI_Doelen"));
            }
        });
        // a missing marker counts only in a workbook the service wrote (with the marker)
        BooleanSupplier written = () -> reason == GoalsTabNotFound.Reason.MARKER_MISSING;

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("doelen.csv"), written, false,
                GoalsCopy.none()).load())
                .isInstanceOf(RunFailure.class)
                .hasCauseInstanceOf(GoalsTabNotFound.class)
                .hasMessageContaining("heeft geen tabblad met de doelen van het bestuur")
                .hasMessageContaining(reason.whatHappenedNl())
                .hasMessageContaining("alle uitvoer is ongewijzigd gebleven")
                .hasMessageContaining("eerdere versie van het bestand")
                .hasMessageContaining("Start daarna de run opnieuw");
    }

    @Test
    void aBoardWorkbookTheServiceWroteThatIsGoneWithoutKeptCopyStopsTheRunInsteadOfTakingTheSeed()
            throws IOException {
        // a store from before the copy was kept
        Path seed = seed();
        Path board = dir.resolve("MVI-bestuursrapportage.xlsx");

        assertThatThrownBy(() -> new BoardGoalFiles(board, seed, () -> true, false, GoalsCopy.none()).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("ontbreekt, terwijl de dienst het al eens schreef")
                .hasMessageContaining("nog geen kopie van de doelen bewaard")
                .hasMessageContaining("alle uitvoer is ongewijzigd gebleven")
                .hasMessageContaining("--mvi.summary.restart-from-seed=true");
    }

    @Test
    void aBoardWorkbookTheServiceWroteThatIsGoneWithoutKeptCopyStopsTheRunAlsoWithoutSeed() {
        // no seed: the goals would silently become none
        Path board = dir.resolve("MVI-bestuursrapportage.xlsx");

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("geen.csv"), () -> true, false,
                GoalsCopy.none()).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("ontbreekt");
    }

    @Test
    void aBoardWorkbookTheServiceWroteThatIsGoneGivesTheKeptCopyWithItsTabNameAndSaysSo() throws IOException {
        Path seed = seed();
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        edit(board, wb -> wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025"));
        MemoryCopy copy = new MemoryCopy();
        LoadedGoals read = new BoardGoalFiles(board, seed, () -> true, false, copy).load();
        Files.delete(board);

        LoadedGoals restored = new BoardGoalFiles(board, seed, () -> true, false, copy).load();

        assertThat(restored.origin()).isEqualTo("bewaarde kopie van de doelen");
        assertThat(restored.goals()).isEqualTo(read.goals()).isEqualTo(BoardGoals.readDefaultSeed());
        assertThat(restored.tabName()).isEqualTo("Doelen 2025");
        assertThat(restored.fingerprint()).isEqualTo(read.fingerprint());
        assertThat(restored.noteNl()).isEqualTo("MVI-bestuursrapportage.xlsx ontbrak en is opnieuw geschreven met"
                + " de laatst gelezen doelen van het bestuur.");
        assertThat(read.noteNl()).isNull();
    }

    @Test
    void goalsAreKeptOnlyWhenTheirFingerprintChanged() throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        MemoryCopy copy = new MemoryCopy();
        BoardGoalFiles files = new BoardGoalFiles(board, seed(), () -> true, false, copy);

        files.load();
        files.load();
        edit(board, wb -> wb.getSheet("Doelen").getRow(1).getCell(8).setCellValue("Het bestuur"));
        LoadedGoals edited = files.load();

        assertThat(copy.fingerprints).containsExactly(BoardGoalFiles.fingerprint(
                GoalsTab.withDefaultName(BoardGoals.readDefaultSeed())), edited.fingerprint());
        assertThat(copy.tab.goals()).isEqualTo(edited.goals());
    }

    @Test
    void seedGoalsAreKeptTooSoTheFirstBoardWorkbookCanBeWrittenAgain() throws IOException {
        Path seed = seed();
        MemoryCopy copy = new MemoryCopy();

        LoadedGoals seeded = new BoardGoalFiles(dir.resolve("MVI-bestuursrapportage.xlsx"), seed, () -> false, false,
                copy).load();

        assertThat(copy.tab).isEqualTo(seeded.tab());
    }

    @Test
    void restartFromSeedTakesTheSeedAndNotTheKeptCopyWhenTheBoardWorkbookTheServiceWroteIsGone()
            throws IOException {
        Path seed = seed();
        Path board = dir.resolve("MVI-bestuursrapportage.xlsx");
        MemoryCopy copy = new MemoryCopy();
        copy.keep(GoalsTab.withDefaultName(BoardGoals.readDefaultSeed()), "bewaard");

        LoadedGoals goals = new BoardGoalFiles(board, seed, () -> true, true, copy).load();

        assertThat(goals.goals()).hasSize(1);
        assertThat(goals.origin()).isEqualTo(seed.toString());
        assertThat(goals.noteNl()).isNull();
        // the seed is the board's starting point now, also for a next missing workbook
        assertThat(copy.tab.goals()).isEqualTo(goals.goals());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anExistingBoardWorkbookWithoutGoalsTabStillStopsTheRunWhenACopyIsKept(boolean unreadable)
            throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        MemoryCopy copy = new MemoryCopy();
        new BoardGoalFiles(board, seed(), () -> true, false, copy).load();
        if (unreadable) {
            Files.write(board, new byte[] {'P', 'K', 3, 4, 0});
        } else {
            edit(board, wb -> wb.removeSheetAt(wb.getSheetIndex("Doelen")));
        }

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("doelen.csv"), () -> true, false, copy).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("alle uitvoer is ongewijzigd gebleven");
        assertThat(copy.fingerprints).hasSize(1);
    }

    @Test
    void aKeptCopyThatCannotBeReadStopsTheRunAsWithoutCopy() {
        Path board = dir.resolve("MVI-bestuursrapportage.xlsx");
        GoalsCopy broken = new MemoryCopy() {
            @Override
            public Optional<GoalsTab> kept() {
                throw new IllegalArgumentException("kept goals are not valid JSON");
            }
        };

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("geen.csv"), () -> true, false, broken)
                .load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining("ontbreekt, terwijl de dienst het al eens schreef");
    }

    /** A kept copy in memory, as the store would keep it. */
    private static class MemoryCopy implements GoalsCopy {
        final List<String> fingerprints = new ArrayList<>();
        GoalsTab tab;

        @Override
        public void keep(GoalsTab goals, String fingerprint) {
            if (fingerprints.isEmpty() || !fingerprints.get(fingerprints.size() - 1).equals(fingerprint)) {
                fingerprints.add(fingerprint);
                tab = goals;
            }
        }

        @Override
        public Optional<GoalsTab> kept() {
            return Optional.ofNullable(tab);
        }
    }

    @Test
    void aNewDoelenTabInAWrittenWorkbookWhoseMarkerWasDeletedIsNotTakenForTheGoals() throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        edit(board, wb -> {
            wb.removeName(wb.getName("MVI_Doelen"));
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen oud");
            var junk = wb.createSheet("Doelen");
            junk.createRow(0).createCell(0).setCellValue("KPI");
            junk.getRow(0).createCell(1).setCellValue("Streefwaarde");
            junk.createRow(1).createCell(0).setCellValue("MVI_AANDEEL");
            junk.getRow(1).createCell(1).setCellValue(1);
        });

        assertThatThrownBy(() -> new BoardGoalFiles(board, dir.resolve("doelen.csv"), () -> true, false,
                GoalsCopy.none()).load())
                .isInstanceOf(RunFailure.class)
                .hasMessageContaining(GoalsTabNotFound.Reason.MARKER_MISSING.whatHappenedNl())
                .hasMessageContaining("alle uitvoer is ongewijzigd gebleven");
        // a workbook from before the marker is still read from its tab named Doelen
        assertThat(new BoardGoalFiles(board, dir.resolve("doelen.csv")).load().goals()).hasSize(1);
    }

    @Test
    void aWrittenWorkbookWithItsMarkerIsReadAsBefore() throws IOException {
        List<BoardGoal> seed = BoardGoals.readDefaultSeed();
        Path board = boardWorkbook(seed);
        edit(board, wb -> wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025"));

        LoadedGoals goals = new BoardGoalFiles(board, dir.resolve("doelen.csv"), () -> true, false,
                GoalsCopy.none()).load();

        assertThat(goals.goals()).isEqualTo(seed);
        assertThat(goals.tabName()).isEqualTo("Doelen 2025");
    }

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("bestuursdoelen.csv"),
                "Doel-ID;Thema;KPI;Omschrijving;Basiswaarde;Basisjaar;Streefwaarde;Streefjaar;Eigenaar\n"
                        + "BD-01;;MVI_AANDEEL;Alle aanbestedingen met MVI;72;2023;100;2030;Directie\n");
    }

    @Test
    void goalsWithFormulasKeepTheirFingerprintRunAfterRun() throws IOException {
        Path board = boardWorkbook(BoardGoals.readDefaultSeed());
        edit(board, wb -> {
            Cell target = wb.getSheet("Doelen").getRow(1).getCell(6);
            double typed = target.getNumericCellValue();
            target.setCellFormula("E2+0");
            target.setCellValue(typed);
        });
        LoadedGoals first = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();
        assertThat(first.goals().get(0).cells()).anySatisfy(c -> assertThat(c.formula()).isEqualTo("E2+0"));

        writeBoardWorkbook(first.tab());
        LoadedGoals second = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();
        writeBoardWorkbook(second.tab());
        LoadedGoals third = new BoardGoalFiles(board, dir.resolve("doelen.csv")).load();

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(third.fingerprint()).isEqualTo(first.fingerprint());
    }

    private Path boardWorkbook(List<BoardGoal> goals) throws IOException {
        return writeBoardWorkbook(GoalsTab.withDefaultName(goals));
    }

    private Path writeBoardWorkbook(GoalsTab goals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SchemaLoader.current(), Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"),
                ZoneOffset.UTC)).write(new InMemorySubmissionQueries(), goals, out);
        return Files.write(dir.resolve("MVI-bestuursrapportage.xlsx"), out.toByteArray());
    }

    /** Changes the workbook as the board would in Excel. */
    static void edit(Path workbook, Consumer<XSSFWorkbook> change) throws IOException {
        byte[] changed;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(workbook)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            changed = out.toByteArray();
        }
        Files.write(workbook, changed);
    }
}
