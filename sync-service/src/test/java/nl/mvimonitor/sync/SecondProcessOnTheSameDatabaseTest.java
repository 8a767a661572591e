package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second MVI-monitor process on the H2 database of a running one cannot open it. It used to print 159 lines
 * (Spring's failure report, the stack traces of Hikari, Flyway and H2); now it prints one Dutch line that says the
 * database is in use by another MVI-monitor process and where, exits with 1, and leaves the details in its log
 * file. Two processes, as H2 shares a database between contexts of one JVM.
 */
class SecondProcessOnTheSameDatabaseTest {

    @TempDir
    Path data;

    @Test
    void aSecondProcessOnTheSameH2DatabasePrintsOneDutchLineAndExitsWithOne() throws Exception {
        Files.createDirectories(data.resolve("inbox"));
        try (ConfigurableApplicationContext running = SpringApplication.run(MviMonitorApplication.class,
                settings("eerste").toArray(String[]::new))) {

            Result second = runSecondProcess();

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.lines()).hasSize(1);
            assertThat(second.lines().get(0))
                    .startsWith("MVI Monitor kon niet starten: ")
                    .contains("in gebruik door een ander MVI-monitor-proces")
                    .contains(data.resolve("db").toAbsolutePath().toString())
                    .contains(data.resolve("logs-tweede/mvi-monitor.log").toString())
                    .doesNotContain("Exception");
            assertThat(running.isActive()).isTrue();
        }
        String log = Files.readString(data.resolve("logs-tweede/mvi-monitor.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("DEBUG", "in gebruik door een ander MVI-monitor-proces", "90020", "\tat ");
    }

    private List<String> settings(String name) {
        return new ArrayList<>(List.of(
                "--mvi.schedule.enabled=false",
                "--spring.quartz.scheduler-name=mvi-" + name,
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--mvi.temp.dir=" + data.resolve("tmp"),
                "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi")));
    }

    private Result runSecondProcess() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                MviMonitorApplication.class.getName(),
                "--run-once",
                // the production logging, not the tests' logback-test.xml on this class path
                "--logging.config=classpath:logback-spring.xml",
                "--logging.file.name=" + data.resolve("logs-tweede/mvi-monitor.log")));
        command.addAll(settings("tweede"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return new Result(process.exitValue(), lines);
    }

    private record Result(int exitCode, List<String> lines) {
    }
}
