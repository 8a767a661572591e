package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardGoalFilesTest {

    @TempDir
    Path dir;

    @Test
    void withoutBoardWorkbookOrSeedThereAreNoGoals() {
        LoadedGoals goals = new BoardGoalFiles(dir.resolve("bestuur.xlsx"), dir.resolve("doelen.csv")).load();

        assertThat(goals.goals()).isEmpty();
        assertThat(goals.fingerprint()).isEqualTo(BoardGoalFiles.fingerprint(List.of()));
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
}
