package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * store, outputs) reads the corpus, runs once cold, then again after {@code changeOnePercent}. Context start-up is
 * timed apart from the runs. The data folder is deleted afterwards.
 */
final class PipelineRun {

    static final String COLD = "Volledige run (koud)";
    static final String INCREMENTAL = "Incrementele run (1%)";
    static final String DATA_PREFIX = "mvi-benchmark-";

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
                List<Path> changed = generator.changeOnePercent(corpus);
                long changedBytes = 0;
                for (Path path : changed) {
                    changedBytes += Files.size(path);
                }
                Measured incremental = measure(runs, INCREMENTAL, changedBytes);
                return new PipelineResult(cold.step(), cold.report(), incremental.step(), incremental.report(),
                        startUp, outputBytes);
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
        settings.put("logging.level.nl.mvimonitor", "WARN");
        // first in line, so an application.yaml beside the jar cannot point the benchmark at real data
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("mvi-benchmark", settings));
        return new SpringApplicationBuilder(MviMonitorApplication.class).environment(environment)
                .web(WebApplicationType.NONE).logStartupInfo(false).run();
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
