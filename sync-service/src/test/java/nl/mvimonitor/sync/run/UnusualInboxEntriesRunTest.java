package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Whole runs over an inbox with links and named pipes, and with a file changed under its old size and time: what is
 * not a file gets a finding in quarantine without being opened; the changed file is read again.
 */
class UnusualInboxEntriesRunTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final String RULE = "BESTAND_GEEN_GEWOON_BESTAND";
    private static final String DAMAGED = "BESCHADIGD";

    @TempDir
    Path dir;
    private Path inbox;
    private Path out;
    private TestDatabase db;
    private CountingSource source;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));
    private SyncRuns runs;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        out = dir.resolve("out");
        db = TestDatabase.h2();
        source = new CountingSource(new LocalFolderSource("lokaal", inbox));
        runs = TextRuns.over(db, source, UnusualInboxEntriesRunTest::check, out.resolve("overzicht.txt"),
                UnusualInboxEntriesRunTest::writeText, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void linksAndPipesAreQuarantinedWithAFindingAndNeverOpened() throws Exception {
        Path real = put("Zuid/P-1.xlsx", "goed");
        Files.createSymbolicLink(inbox.resolve("Zuid/P-1 - snelkoppeling.xlsx"), real);
        Path elsewhere = Files.createDirectories(dir.resolve("elders"));
        Files.writeString(elsewhere.resolve("P-9.xlsx"), "buiten");
        Files.createSymbolicLink(inbox.resolve("Noord"), elsewhere);
        Files.createSymbolicLink(inbox.resolve("Zuid/P-2.xlsx"), dir.resolve("bestaat-niet.xlsx"));
        mkfifo(inbox.resolve("Zuid/P-3.xlsx"));

        RunReport report = runs.runOnce();

        assertThat(source.opened()).containsExactly("Zuid/P-1.xlsx");
        assertThat(report.filesSeen()).isEqualTo(5);
        assertThat(report.filesQuarantined()).isEqualTo(4);
        assertThat(findings()).extracting(f -> f.get("path"), f -> f.get("rule_code")).containsExactly(
                tuple("Noord", RULE), tuple("Zuid/P-1 - snelkoppeling.xlsx", RULE), tuple("Zuid/P-2.xlsx", RULE),
                tuple("Zuid/P-3.xlsx", RULE));
        assertThat(findings()).extracting(f -> (String) f.get("message")).containsExactly(
                "De map Noord is een snelkoppeling (symbolische link) naar een andere map; de bestanden daarin zijn"
                        + " niet gelezen. Zet de map zelf, met de bestanden, in de bronmap.",
                "Het bestand Zuid/P-1 - snelkoppeling.xlsx is een snelkoppeling (symbolische link) en is niet"
                        + " gelezen; zet het bestand zelf in de map.",
                "Zuid/P-2.xlsx is een snelkoppeling (symbolische link) die nergens naar verwijst en is niet gelezen;"
                        + " zet het bestand of de map zelf in de bronmap.",
                "Zuid/P-3.xlsx is geen gewoon bestand of map (maar bijvoorbeeld een named pipe, socket of apparaat)"
                        + " en is niet gelezen; zet het bestand zelf in de map.");
        assertThat(out.resolve("overzicht.txt")).content().contains("Zuid/P-3.xlsx QUARANTAINE", "Noord QUARANTAINE");
    }

    @Test
    void anUnchangedLinkIsNotReportedAgainAndTheFileThatReplacesItIsRead() throws IOException {
        Path outside = Files.writeString(dir.resolve("P-4.xlsx"), "goed");
        Files.createDirectories(inbox.resolve("Zuid"));
        Path link = Files.createSymbolicLink(inbox.resolve("Zuid/P-4.xlsx"), outside);
        runs.runOnce();
        clock.advance(Duration.ofHours(1));

        RunReport again = runs.runOnce();
        assertThat(again.filesRead()).isZero();
        assertThat(again.filesSkipped()).isEqualTo(1);

        Files.delete(link);
        Files.copy(outside, link);
        RunReport replaced = runs.runOnce();

        assertThat(replaced.filesRead()).isEqualTo(1);
        assertThat(replaced.filesQuarantined()).isZero();
        assertThat(source.opened()).containsExactly("Zuid/P-4.xlsx");
    }

    @Test
    void aFileChangedUnderTheSameSizeAndTimeIsReadAgain() throws IOException {
        Path file = put("Zuid/P-5.xlsx", "goed");
        FileTime time = Files.getLastModifiedTime(file);
        runs.runOnce();
        source.reset();

        Files.writeString(file, "fout");
        Files.setLastModifiedTime(file, time);
        RunReport next = runs.runOnce();

        assertThat(source.opened()).containsExactly("Zuid/P-5.xlsx");
        assertThat(next.errors()).isEqualTo(1);
        assertThat(next.outputsWritten()).containsExactly("overzicht.txt");
    }

    @Test
    void aDamagedCopyReplacedByTheIntactFileUnderTheSameSizeAndTimeIsReadAgain() throws IOException {
        // a zip larger than the whole-file check, damaged inside its data: its central directory stays the same
        byte[] intact = storedZip(new byte[20_000]);
        byte[] damaged = intact.clone();
        byte[] marker = DAMAGED.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, damaged, 5_000, marker.length);
        Path file = inbox.resolve("Zuid/P-8.xlsx");
        Files.createDirectories(file.getParent());
        Files.write(file, damaged);
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(runs.runOnce().filesQuarantined()).isEqualTo(1);
        source.reset();
        RunReport stillDamaged = runs.runOnce();
        assertThat(source.opened()).containsExactly("Zuid/P-8.xlsx");
        assertThat(stillDamaged.outputsWritten()).isEmpty();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(1);
        source.reset();

        Files.write(file, intact);
        Files.setLastModifiedTime(file, time);
        RunReport repaired = runs.runOnce();

        assertThat(source.opened()).containsExactly("Zuid/P-8.xlsx");
        assertThat(repaired.filesQuarantined()).isZero();
        assertThat(repaired.outputsWritten()).containsExactly("overzicht.txt");
        source.reset();
        assertThat(runs.runOnce().filesRead()).isZero();
        assertThat(source.opened()).isEmpty();
    }

    @Test
    void afterTheUpgradeEachFileIsReadOnceMoreWithoutANewSubmissionOrAnOutputWrite() throws IOException {
        put("Zuid/P-6.xlsx", "goed");
        put("Noord/P-7.xlsx", "fout");
        runs.runOnce();
        // fingerprints as the version before the content check stored them: size and time only
        db.jdbc().update("UPDATE source_file SET listing_fingerprint = SUBSTRING(listing_fingerprint, 1,"
                + " POSITION('#' IN listing_fingerprint) - 1)");
        source.reset();

        RunReport upgrade = runs.runOnce();

        assertThat(upgrade.filesRead()).isEqualTo(2);
        assertThat(upgrade.outputsWritten()).isEmpty();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(2);
        assertThat(runs.runOnce().filesRead()).isZero();
    }

    private List<Map<String, Object>> findings() {
        return db.jdbc().queryForList("SELECT f.path, r.rule_code, r.message FROM finding r"
                + " JOIN submission s ON s.id = r.submission_id JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE s.is_current = TRUE ORDER BY f.path");
    }

    private Path put(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static ValidatedSubmission check(String name, byte[] content) {
        if (new String(content, StandardCharsets.ISO_8859_1).contains(DAMAGED)) {
            List<Finding> damaged = List.of(new Finding(nl.mvimonitor.template.finding.Severity.FOUT,
                    "BESTAND_BESCHADIGD", null, "Het bestand is beschadigd."));
            return new ValidatedSubmission(name, WorkbookMetadata.unknown(), null, null, SubmissionStatus.QUARANTAINE,
                    damaged, Map.of());
        }
        boolean bad = new String(content, StandardCharsets.UTF_8).equals("fout");
        List<Finding> findings = bad ? List.of(new Finding(nl.mvimonitor.template.finding.Severity.FOUT, "VERPLICHT",
                null, "Vul in.")) : List.of();
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", ""), null,
                SubmissionStatus.of(findings), findings, Map.of());
    }

    /** A zip of one stored entry, as bytes: its data can be changed without touching the central directory. */
    private static byte[] storedZip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void writeText(SubmissionQueries data, LoadedGoals goals, Clock clock, OutputStream stream)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (SubmissionSummary s : data.currentSubmissions()) {
            text.append(s.sourcePath()).append(' ').append(s.status()).append('\n');
        }
        stream.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
