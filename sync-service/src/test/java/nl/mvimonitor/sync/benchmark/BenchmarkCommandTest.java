package nl.mvimonitor.sync.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

import nl.mvimonitor.sync.run.CliCommand;
import nl.mvimonitor.template.schema.SchemaLoader;

class BenchmarkCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        BenchmarkCommand command = new BenchmarkCommand(SchemaLoader.current(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), 4);
        return command.execute(new DefaultApplicationArguments(args));
    }

    @Test
    void measuresEveryStepOnASmallCorpusAndRunsThePipelineTwice() throws Exception {
        Set<Path> dataFoldersBefore = pipelineDataFolders();

        int code = run("--benchmark", "--files=12", "--corpus=" + dir);

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(CliCommand.OK);
        assertThat(out).contains("Processors:", "Java:", "Maximale heap:", "Corpus: 12 bestanden");
        List<String> rows = out.lines().filter(line -> line.contains(" | ")).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("Stap"));
        for (String step : List.of(ReadingSteps.LOWER_BOUND, ReadingSteps.XSSF, ReadingSteps.OURS, PipelineRun.COLD,
                PipelineRun.INCREMENTAL)) {
            assertThat(rows).as(step).anyMatch(r -> r.startsWith(step + " "));
        }
        assertThat(cells(rows, PipelineRun.COLD).get(2)).isEqualTo("12");
        assertThat(cells(rows, PipelineRun.INCREMENTAL).get(2)).isEqualTo("1");
        assertThat(out).contains("Koude run: 12 gelezen", "Incrementele run: 1 gelezen, 11 ongewijzigd",
                        "de snelste van 2 runs")
                .doesNotContain("MISLUKT");
        assertThat(pipelineDataFolders()).isEqualTo(dataFoldersBefore);
        try (var entries = Files.list(dir.resolve("12"))) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(BenchmarkCorpus.SHEETS, BenchmarkCorpus.REGISTER,
                            BenchmarkCorpus.GOALS_SEED, CorpusManifest.FILE_NAME);
        }
    }

    @Test
    void measuresOnlyTheReadersWhenAskedAndAlwaysTheLowerBound() throws Exception {
        int code = run("--benchmark", "--files=3", "--corpus=" + dir, "--steps=lezen");

        List<String> rows = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" | ")).toList();
        assertThat(code).isEqualTo(CliCommand.OK);
        assertThat(rows).anyMatch(r -> r.startsWith(ReadingSteps.LOWER_BOUND + " "))
                .anyMatch(r -> r.startsWith(ReadingSteps.OURS + " "))
                .noneMatch(r -> r.startsWith(PipelineRun.COLD + " "));
    }

    @Test
    void refusesUnknownSteps() throws Exception {
        assertThat(run("--benchmark", "--files=3", "--corpus=" + dir, "--steps=alles")).isEqualTo(CliCommand.USAGE);
    }

    @Test
    void refusesFileCountsThatAreNoNumbers() throws Exception {
        assertThat(run("--benchmark", "--files=veel", "--corpus=" + dir)).isEqualTo(CliCommand.USAGE);
        assertThat(BenchmarkCommand.sizes("1000, 5000")).contains(List.of(1000, 5000));
        assertThat(BenchmarkCommand.sizes("0")).isEmpty();
    }

    /** The pipeline's temporary data folders; the benchmark must delete its own. */
    private static Set<Path> pipelineDataFolders() throws Exception {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PipelineRun.DATA_PREFIX))
                    .collect(Collectors.toSet());
        }
    }

    private static List<String> cells(List<String> rows, String step) {
        String row = rows.stream().filter(r -> r.startsWith(step + " ")).findFirst().orElseThrow();
        return List.of(row.split("\\|")).stream().map(String::trim).toList();
    }
}
