package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.sync.intake.IntakeResult;

class RunProgressTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    void printsAtEveryFivePercent() {
        RunProgress progress = new RunProgress(40, () -> 0L, lines::add);

        for (int i = 1; i <= 40; i++) {
            progress.fileStored(new IntakeResult(i, 0, i / 10, 0, i), 40);
        }

        assertThat(lines).hasSize(20);
        assertThat(lines.get(0)).isEqualTo("Bestanden verwerkt: 2 van 40, bevindingen: 0 fouten, 0 waarschuwingen");
        assertThat(lines.get(19)).isEqualTo("Bestanden verwerkt: 40 van 40, bevindingen: 4 fouten, 0 waarschuwingen");
    }

    @Test
    void printsAtLeastEveryTwoSecondsBetweenSteps() {
        long[] now = {0};
        RunProgress progress = new RunProgress(1_000, () -> now[0], lines::add);

        progress.fileStored(new IntakeResult(1, 0, 0, 0, 1), 1_000);
        now[0] += 2_000_000_000L;
        progress.fileStored(new IntakeResult(2, 0, 0, 0, 2), 1_000);

        assertThat(lines).containsExactly("Bestanden verwerkt: 2 van 1000, bevindingen: 0 fouten, 0 waarschuwingen");
    }

    @Test
    void addsUpSources() {
        RunProgress progress = new RunProgress(4, () -> 0L, lines::add);

        progress.fileStored(new IntakeResult(2, 1, 3, 1, 2), 2);
        progress.sourceDone(new IntakeResult(2, 1, 3, 1, 2));
        progress.fileStored(new IntakeResult(2, 0, 1, 1, 2), 2);

        assertThat(lines).last().isEqualTo("Bestanden verwerkt: 4 van 4, bevindingen: 4 fouten, 2 waarschuwingen");
    }
}
