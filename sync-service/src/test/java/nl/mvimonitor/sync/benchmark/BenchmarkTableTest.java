package nl.mvimonitor.sync.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchmarkTableTest {

    private static final StepResult LOWER = new StepResult("Ondergrens (SAX)", 1, 1_000, 45_000_000, 2_000_000_000L,
            30_000_000, true);

    @Test
    void showsEachStepsTimeRelativeToTheLowerBound() {
        StepResult ours = new StepResult("Lezer + validatie", 1, 1_000, 45_000_000, 3_000_000_000L, 80_000_000, true);

        String table = new BenchmarkTable().add(LOWER, LOWER).add(ours, LOWER).format();

        assertThat(row(table, "Lezer + validatie")).containsExactly("Lezer + validatie", "1", "1.000", "45,0", "3,00",
                "333", "15,0", "80", "1,50×");
        assertThat(row(table, "Ondergrens (SAX)")).last().isEqualTo("1,00×");
    }

    @Test
    void comparesAnIncrementalRunWithTheLowerBoundOnTheBytesItRead() {
        StepResult incremental = new StepResult("Incrementele run (1%)", 2, 10, 450_000, 100_000_000L, 90_000_000,
                true);

        assertThat(incremental.ratioTo(LOWER)).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void marksAFailedRunAndAStepWithoutReference() {
        StepResult failed = new StepResult("Volledige run (koud)", 2, 0, 0, 1_000_000L, 1_000_000, false);

        String table = new BenchmarkTable().add(failed, null).format();

        assertThat(row(table, "Volledige run")).first().isEqualTo("Volledige run (koud) – MISLUKT");
        assertThat(row(table, "Volledige run")).last().isEqualTo("–");
    }

    @Test
    void alignsColumnsUnderDutchHeadings() {
        List<String> lines = new BenchmarkTable().add(LOWER, LOWER).format().lines().toList();

        assertThat(lines.get(0)).startsWith("Stap").contains("Bestanden/s", "Piekheap (MB)", "× ondergrens");
        assertThat(lines).extracting(String::length).containsOnly(lines.get(0).length());
        assertThat(lines.get(1)).matches("[-+]+");
    }

    private static List<String> row(String table, String step) {
        String line = table.lines().filter(l -> l.startsWith(step)).findFirst().orElseThrow();
        return List.of(line.split("\\|")).stream().map(String::trim).toList();
    }
}
