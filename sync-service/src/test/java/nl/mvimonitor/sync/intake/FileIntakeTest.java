package nl.mvimonitor.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.source.CountingSource;
import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.StoredFinding;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

class FileIntakeTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path inbox;
    private TestDatabase db;
    private Submissions submissions;
    private JdbcSubmissionQueries queries;
    private CountingSource source;

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, StoreSettings.defaults());
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                StoreSettings.defaults());
        source = new CountingSource(new LocalFolderSource("lokaal", inbox));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void oneBrokenFileAmongGoodOnesDoesNotStopTheOthers() throws IOException {
        put("Zuid/P-1.xlsx", "goed 1");
        put("Zuid/P-2.xlsx", "kapot");
        put("Zuid/P-3.xlsx", "goed 3");
        put("Zuid/P-4.xlsx", "goed 4");
        source.failOpening("Zuid/P-4.xlsx");
        WorkbookCheck check = (name, content) -> {
            if (text(content).equals("kapot")) {
                throw new IllegalStateException("cel Project!C2 bevat 123456782");
            }
            return ok(name);
        };

        IntakeResult result = intake(check, 2).intake(source, source.list(), IntakeProgress.silent());

        assertThat(result.filesRead()).isEqualTo(4);
        assertThat(result.filesQuarantined()).isEqualTo(2);
        assertThat(queries.currentSubmissions()).extracting(SubmissionSummary::sourcePath, SubmissionSummary::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Zuid/P-1.xlsx", SubmissionStatus.OK),
                        org.assertj.core.groups.Tuple.tuple("Zuid/P-2.xlsx", SubmissionStatus.QUARANTAINE),
                        org.assertj.core.groups.Tuple.tuple("Zuid/P-3.xlsx", SubmissionStatus.OK),
                        org.assertj.core.groups.Tuple.tuple("Zuid/P-4.xlsx", SubmissionStatus.QUARANTAINE));
        List<StoredFinding> findings = new ArrayList<>();
        queries.forEachFinding(findings::add);
        assertThat(findings).extracting(f -> f.finding().rule())
                .containsExactly(IntakeFailures.PROCESSING_FAILED, IntakeFailures.NOT_READ);
        assertThat(findings.get(0).finding().message()).contains("Zuid/P-2.xlsx").doesNotContain("123456782");
        assertThat(findings.get(1).finding().message()).contains("Zuid/P-4.xlsx").doesNotContain("offline");
    }

    @Test
    void storesInListingOrderWhateverOrderTheWorkersFinishIn() throws IOException {
        for (int i = 1; i <= 4; i++) {
            put("Zuid/P-" + i + ".xlsx", "inhoud " + i);
        }
        CountDownLatch lastDone = new CountDownLatch(1);
        WorkbookCheck check = (name, content) -> {
            if (name.equals("P-1.xlsx")) {
                await(lastDone);
            }
            if (name.equals("P-2.xlsx")) {
                lastDone.countDown();
            }
            return ok(name);
        };

        intake(check, 2).intake(source, source.list(), IntakeProgress.silent());

        List<Long> idsInPathOrder = queries.currentSubmissions().stream().map(SubmissionSummary::submissionId).toList();
        assertThat(idsInPathOrder).isSorted().hasSize(4);
    }

    @Test
    void keepsAtMostTwiceTheThreadsOfFilesInFlight() throws IOException {
        for (int i = 1; i <= 12; i++) {
            put("Zuid/P-" + String.format("%02d", i) + ".xlsx", "inhoud " + i);
        }
        AtomicInteger mostInFlight = new AtomicInteger();

        intake((name, content) -> ok(name), 2).intake(source, source.list(),
                (soFar, total) -> mostInFlight.accumulateAndGet(source.opens() - soFar.filesRead(), Math::max));

        assertThat(mostInFlight.get()).isBetween(0, 4);
        assertThat(source.opens()).isEqualTo(12);
    }

    @Test
    void quarantinesATooLargeFileWithoutValidatingIt() throws IOException {
        put("Zuid/groot.xlsx", "x".repeat(2_000));
        AtomicInteger checks = new AtomicInteger();

        IntakeResult result = new FileIntake((name, content) -> {
            checks.incrementAndGet();
            return ok(name);
        }, submissions, new IntakeSettings(1, DataSize.ofBytes(1_000), inbox.resolve("r.csv")), CLOCK)
                .intake(source, source.list(), IntakeProgress.silent());

        assertThat(result.filesQuarantined()).isEqualTo(1);
        assertThat(checks.get()).isZero();
        List<StoredFinding> findings = new ArrayList<>();
        queries.forEachFinding(findings::add);
        assertThat(findings).extracting(f -> f.finding().rule()).containsExactly("BESTAND_TE_GROOT");
    }

    @Test
    void theSameBytesAgainMakeNoNewSubmission() throws IOException {
        put("Zuid/P-1.xlsx", "inhoud");
        FileIntake intake = intake((name, content) -> ok(name), 1);
        List<SourceFile> files = source.list();

        IntakeResult first = intake.intake(source, files, IntakeProgress.silent());
        IntakeResult second = intake.intake(source, files, IntakeProgress.silent());

        assertThat(first.submissionsCreated()).isEqualTo(1);
        assertThat(second.submissionsCreated()).isZero();
        assertThat(queries.currentSubmissions()).singleElement()
                .extracting(SubmissionSummary::fingerprint)
                .isEqualTo(nl.mvimonitor.sync.store.StoreFixtures.sha256("inhoud"));
    }

    private FileIntake intake(WorkbookCheck check, int threads) {
        return new FileIntake(check, submissions,
                new IntakeSettings(threads, DataSize.ofMegabytes(1), inbox.resolve("register.csv")), CLOCK);
    }

    private static ValidatedSubmission ok(String name) {
        return new ValidatedSubmission(name, WorkbookMetadata.unknown(), name.replace(".xlsx", ""), null,
                SubmissionStatus.OK, List.of(), Map.of());
    }

    private void put(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other worker never finished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
