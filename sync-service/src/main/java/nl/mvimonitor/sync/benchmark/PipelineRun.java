package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import nl.mvimonitor.sync.MviMonitorApplication;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.run.RunReport;
import nl.mvimonitor.sync.run.SyncRuns;

/**
 * The service pipeline on the corpus, in this JVM: a second application context on a fresh data folder (H2 file
 * store, outputs) reads the corpus, runs once cold, then twice more, each time after another 1% of the files changed
 * ({@code changeOnePercent}). Context start-up is timed apart from the runs; before each incremental run, the files
 * written so far and the changed sheets are flushed to disk, as they would be long before the next scheduled run.
 * The data folder is deleted afterwards.
 */
final class PipelineRun {

    static final String COLD = "Volledige run (koud)";
    static final String INCREMENTAL = "Incrementele run (1%)";
    static final String DATA_PREFIX = "mvi-benchmark-";
    /** Incremental runs, each after another 1% changed; the faster counts, as the readers count their fastest. */
    static final int INCREMENTAL_ROUNDS = 2;

    private final BenchmarkCorpus generator;

    PipelineRun(BenchmarkCorpus generator) {
        this.generator = generator;
    }

    PipelineResult run(Corpus corpus) throws Exception {
        Path data = Files.createTempDirectory(DATA_PREFIX);
        try {
            long startUp = System.nanoTime();
            try (ConfigurableApplicationContext context = start(corpus, data)) {
                startUp = System.nanoTime() - startUp;
                SyncRuns runs = context.getBean(SyncRuns.class);
                PublishSettings publish = context.getBean(PublishSettings.class);
                Measured cold = measure(runs, COLD, corpus.totalBytes());
                long outputBytes = Files.size(publish.consolidatedPath()) + Files.size(publish.boardPath());
                List<StepResult> incrementals = new ArrayList<>();
                List<RunReport> reports = new ArrayList<>();
                for (int round = 0; round < INCREMENTAL_ROUNDS; round++) {
                    List<Path> changed = generator.changeOnePercent(corpus, round);
                    long changedBytes = 0;
                    for (Path path : changed) {
                        changedBytes += Files.size(path);
                    }
                    // a scheduled run comes minutes after the last one: its writes are on disk long before
                    flushToDisk(data);
                    flush(changed);
                    Measured incremental = measure(runs, INCREMENTAL, changedBytes);
                    incrementals.add(incremental.step());
                    reports.add(incremental.report());
                }
                return new PipelineResult(cold.step(), cold.report(), incrementals, reports, startUp, outputBytes);
            }
        } finally {
            deleteTree(data);
        }
    }

    private static Measured measure(SyncRuns runs, String step, long bytes) throws InterruptedException {
        try (HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            RunReport report = runs.runOnce();
            long nanos = System.nanoTime() - start;
            int threads = Runtime.getRuntime().availableProcessors();
            StepResult result = new StepResult(step, threads, report.filesRead(), bytes, nanos, heap.peakBytes(),
                    report.completed());
            return new Measured(result, report);
        }
    }

    private static ConfigurableApplicationContext start(Corpus corpus, Path data) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url",
                "jdbc:h2:file:" + data.resolve("db/mvi").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
        settings.put("spring.quartz.scheduler-name", "mvi-benchmark");
        settings.put("mvi.schedule.enabled", "false");
        settings.put("mvi.source.local.root", corpus.sheets().toAbsolutePath().toString());
        settings.put("mvi.intake.register", corpus.register().toAbsolutePath().toString());
        settings.put("mvi.summary.goals-seed", corpus.goalsSeed().toAbsolutePath().toString());
        settings.put("mvi.publish.output-dir", data.resolve("out").toAbsolutePath().toString());
        settings.put("mvi.publish.cache-dir", data.resolve("cache").toAbsolutePath().toString());
        settings.put("mvi.temp.dir", data.resolve("tmp").toAbsolutePath().toString());
        settings.put("logging.level.nl.mvimonitor", "WARN");
        // first in line, so an application.yaml beside the jar cannot point the benchmark at real data
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("mvi-benchmark", settings));
        return new SpringApplicationBuilder(MviMonitorApplication.class).environment(environment)
                .web(WebApplicationType.NONE).logStartupInfo(false).run();
    }

    /**
     * Flushes every file under {@code dir} to disk, so the next step does not wait for the previous step's writes
     * (an fsync in ext4's ordered mode writes out other files' data too). Files that cannot be opened are left.
     */
    static void flushToDisk(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            flush(tree.filter(Files::isRegularFile).toList());
        }
    }

    private static void flush(List<Path> files) {
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                // a file that vanished or cannot be read: nothing of this step waits for it
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Measured(StepResult step, RunReport report) {
    }
}
