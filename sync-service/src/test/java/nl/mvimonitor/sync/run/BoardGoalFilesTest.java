package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardGoals;
import nl.mvimonitor.sync.summary.BoardReportWriter;
import nl.mvimonitor.sync.summary.GoalsTab;
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

    private Path boardWorkbook(List<BoardGoal> goals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SchemaLoader.current(), Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"),
                ZoneOffset.UTC)).write(new InMemorySubmissionQueries(), goals, out);
        return Files.write(dir.resolve("MVI-bestuursrapportage.xlsx"), out.toByteArray());
    }
}
