package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.mvimonitor.sync.run.CommandLine;
import nl.mvimonitor.sync.tempfolder.PoiDefaults;

/** The whole application, started as an operator would, on a temp data folder with an H2 file database. */
class MviMonitorApplicationTest {

    @TempDir
    Path data;

    @Test
    void runOnceReadsTheInboxWritesTheOutputsAndExitsWithZeroWithoutStartingTheScheduler()
            throws IOException, SQLException, SchedulerException {
        Files.createDirectories(data.resolve("inbox/Zuiveringsbeheer"));
        Files.writeString(data.resolve("inbox/Zuiveringsbeheer/P-2024-001.xlsx"), "geen werkmap");
        Files.writeString(data.resolve("inbox/Zuiveringsbeheer/~$P-2024-001.xlsx"), "slot");
        Files.writeString(data.resolve("inbox/los.xlsm"), "macro");
        String database = "jdbc:h2:file:" + data.resolve("db/mvi");

        try (ConfigurableApplicationContext context = SpringApplication.run(MviMonitorApplication.class,
                "--run-once",
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--mvi.temp.dir=" + data.resolve("tmp"),
                "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                "--spring.datasource.url=" + database)) {

            assertThat(context.getBean(CommandLine.class).exitCode()).hasValue(0);
            assertThat(context.getBean(Scheduler.class).isStarted()).isFalse();
        }

        assertThat(data.resolve("out/MVI-overzicht.xlsx")).exists();
        assertThat(data.resolve("out/MVI-bestuursrapportage.xlsx")).exists();
        assertThat(count(database, "SELECT COUNT(*) FROM submission WHERE is_current")).isEqualTo(2);
        assertThat(count(database, "SELECT COUNT(*) FROM sync_run WHERE status = 'COMPLETED'")).isEqualTo(1);
    }

    /**
     * POI's machine-wide {@code /tmp/poifiles} made by another account (root at install) broke every run of the
     * service account; a file in its place breaks POI the same way, also for root. The service's own temporary
     * folder is cleared of what an earlier process left.
     */
    @Test
    void aMachineWidePoiFolderOfAnotherAccountDoesNotBreakARunAndOldTemporaryFilesAreRemoved() throws IOException {
        Files.createDirectories(data.resolve("inbox/Zuiveringsbeheer"));
        Files.writeString(data.resolve("inbox/Zuiveringsbeheer/P-2024-001.xlsx"), "geen werkmap");
        Path machineWide = Files.writeString(Files.createDirectories(data.resolve("machine-tmp")).resolve("poifiles"),
                "van root");
        // POI's files of a killed run of the service, in that process's own folder (only those are removed)
        Path leftover = Files.createDirectories(data.resolve("tmp/proces-4711-0badcafe/poifiles"))
                .resolve("poi-sxssf-sheet1.xml");
        Files.writeString(leftover, "<sheetData/>");
        TempFile.setTempFileCreationStrategy(PoiDefaults.withMachineTemp(machineWide.getParent()));
        try {
            int exitCode = MviMonitorApplication.runCommand("--run-once",
                    "--mvi.source.local.root=" + data.resolve("inbox"),
                    "--mvi.publish.output-dir=" + data.resolve("out"),
                    "--mvi.publish.cache-dir=" + data.resolve("cache"),
                    "--mvi.temp.dir=" + data.resolve("tmp"),
                    "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                    "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                    "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi"));

            assertThat(exitCode).isZero();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertThat(data.resolve("out/MVI-overzicht.xlsx")).exists();
        assertThat(data.resolve("out/MVI-bestuursrapportage.xlsx")).exists();
        assertThat(leftover.getParent().getParent()).doesNotExist();
        try (var left = Files.list(data.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileInPlaceOfTheTemporaryFolderStopsTheStartWithOneDutchLineNamingIt() throws IOException {
        Path tmp = Files.writeString(data.resolve("tmp"), "geen map");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> MviMonitorApplication.runCommand("--run-once",
                    "--mvi.temp.dir=" + tmp,
                    "--mvi.publish.output-dir=" + data.resolve("out"),
                    "--logging.file.name=" + data.resolve("logs/mvi-monitor.log"),
                    "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi")))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            System.setErr(stderr);
        }

        assertThat(console.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "MVI Monitor kon niet starten: de tijdelijke map " + tmp + " is een bestand, geen map. Details staan"
                        + " in het logbestand " + data.resolve("logs/mvi-monitor.log") + ".");
    }

    @Test
    void anInvalidCronExpressionStopsTheStartWithOneDutchLineNamingTheSetting() {
        assertThat(startFailure("--mvi.schedule.cron=elk uur")).containsExactly("MVI Monitor kon niet starten: de instelling"
                        + " mvi.schedule.cron heeft een ongeldige waarde: geen geldige Quartz-cronexpressie (seconden"
                        + " eerst, bijvoorbeeld '0 0 7-19 ? * MON-FRI'). Details staan in het logbestand "
                        + data.resolve("logs/mvi-monitor.log") + ".");
    }

    @Test
    void aSettingOutOfItsRangeIsNamedInFullWithWhatItMustBe() {
        assertThat(startFailure("--mvi.intake.threads=-3")).containsExactly("MVI Monitor kon niet starten: de"
                + " instelling mvi.intake.threads heeft een ongeldige waarde: het aantal moet 0 (één per processor) of"
                + " meer zijn. Details staan in het logbestand " + data.resolve("logs/mvi-monitor.log") + ".");
        assertThat(startFailure("--mvi.store.fetch-size=0")).singleElement().asString()
                .contains("de instelling mvi.store.fetch-size heeft een ongeldige waarde: het aantal moet 1 of meer");
    }

    @Test
    void aMalformedDatabaseUrlNamesTheSettingNotAnException() {
        assertThat(startFailure("--spring.datasource.url=mvi-data/db")).containsExactly("MVI Monitor kon niet"
                + " starten: de instelling spring.datasource.url heeft een ongeldige waarde (of er is geen"
                + " databasedriver voor). Details staan in het logbestand " + data.resolve("logs/mvi-monitor.log")
                + ".");
    }

    @Test
    void anUnreachableDatabaseServerIsNamedByItsHostAndPortOnly() {
        // port 1 on the loopback: refused at once; the password in the URL must not be shown
        assertThat(startFailure("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/mvi?password=geheim",
                "--spring.datasource.hikari.initialization-fail-timeout=1")).containsExactly(
                        "MVI Monitor kon niet starten: de database op 127.0.0.1:1 is niet bereikbaar. Details staan in"
                                + " het logbestand " + data.resolve("logs/mvi-monitor.log") + ".");
    }

    /** The console lines of a start that fails with {@code settings} on this test's data folder. */
    private List<String> startFailure(String... settings) {
        // the test's own settings first: of a setting given twice on the command line, the first counts
        List<String> args = new java.util.ArrayList<>(List.of("--run-once"));
        args.addAll(List.of(settings));
        args.addAll(List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi"),
                "--mvi.temp.dir=" + data.resolve("tmp"),
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--logging.file.name=" + data.resolve("logs/mvi-monitor.log")));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> MviMonitorApplication.runCommand(args.toArray(String[]::new)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            System.setErr(stderr);
        }
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static int count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
