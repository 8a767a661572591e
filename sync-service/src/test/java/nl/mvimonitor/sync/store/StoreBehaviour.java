package nl.mvimonitor.sync.store;

import static nl.mvimonitor.sync.store.StoreFixtures.T0;
import static nl.mvimonitor.sync.store.StoreFixtures.file;
import static nl.mvimonitor.sync.store.StoreFixtures.received;
import static nl.mvimonitor.sync.store.StoreFixtures.row;
import static nl.mvimonitor.sync.store.StoreFixtures.validated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.summary.BoardCell;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardGoalsJson;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.read.SubmissionReader;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.SubmissionValidator;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** The store's behaviour; runs once per database (H2 and PostgreSQL), each subclass providing the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreBehaviour {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    private TestDatabase db;
    private Submissions submissions;
    private BoardGoalCopies goalCopies;
    private SourceFiles sourceFiles;
    private Runs runs;
    private JdbcSubmissionQueries queries;

    abstract TestDatabase database();

    /** A separate database migrated only up to {@code version}. */
    abstract TestDatabase databaseAt(String version);

    @BeforeAll
    void openDatabase() {
        db = database();
        StoreSettings settings = new StoreSettings(7, 5);
        submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, settings);
        sourceFiles = new SourceFiles(db.jdbc(), db.tx());
        runs = new Runs(db.jdbc());
        goalCopies = new BoardGoalCopies(db.jdbc());
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                settings);
    }

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("submission_rows", "finding", "submission", "source_file", "source_listing", "sync_run",
                "published_output", "board_goals")) {
            db.jdbc().update("DELETE FROM " + table);
        }
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void roundTripsTypedRowsWithEveryValueType() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("project_id", "P-2024-017");
        project.put("organisatieonderdeel", "Zuiveringsbeheer");
        project.put("geraamde_waarde", new BigDecimal("1250000.50"));
        project.put("boven_eu_drempel", Boolean.TRUE);
        project.put("marktconsultatie", Boolean.FALSE);
        project.put("gunningsdatum", LocalDate.of(2024, 2, 29));
        project.put("opmerkingen", "regel 1\nregel 2 met \\ en = en \r\n en émoji ✓");
        Map<String, Object> sroi = Map.of("periode", "2024-Q3", "aantal_plaatsingen", new BigDecimal("3"),
                "fte", new BigDecimal("-0.000001"));
        ValidatedSubmission result = validated("P-2024-017",
                Map.of("Project", List.of(row(2, project)), "SROI", List.of(row(3, sroi))));

        submissions.record(received(file("Zuiveringsbeheer/P-2024-017.xlsx", "Zuiveringsbeheer", "f1"), "a", result),
                T0);

        assertThat(rows("Project")).containsExactly(row(2, project));
        assertThat(rows("SROI")).containsExactly(row(3, sroi));
        assertThat(rows("Project").get(0).values()).containsEntry("geraamde_waarde", new BigDecimal("1250000.50"));
    }

    @Test
    void sameContentAgainMakesNoNewSubmission() {
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        RecordedSubmission first = submissions.record(received(file, "inhoud", validated("P-1", Map.of())), T0);

        SourceFile touched = file("Zuid/P-1.xlsx", "Zuid", "f2");
        RecordedSubmission second = submissions.record(received(touched, "inhoud", validated("P-1", Map.of())),
                T0.plusSeconds(60));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.submissionId()).isEqualTo(first.submissionId());
        assertThat(count("submission")).isEqualTo(1);
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").listingFingerprint()).isEqualTo("f2");
    }

    @Test
    void newContentBecomesCurrentAndOldContentComesBackWithoutANewSubmission() {
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        RecordedSubmission v1 = submissions.record(received(file, "versie 1", validated("P-1", Map.of())), T0);
        RecordedSubmission v2 = submissions.record(received(file, "versie 2", validated("P-1", Map.of())), T0);

        assertThat(current()).extracting(SubmissionSummary::submissionId).containsExactly(v2.submissionId());

        RecordedSubmission back = submissions.record(received(file, "versie 1", validated("P-1", Map.of())), T0);

        assertThat(back.submissionId()).isEqualTo(v1.submissionId());
        assertThat(current()).extracting(SubmissionSummary::submissionId).containsExactly(v1.submissionId());
        assertThat(count("submission")).isEqualTo(2);
    }

    @Test
    void deletedFileIsNoLongerCurrentUntilItReturns() {
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        RecordedSubmission stored = submissions.record(received(file, "inhoud", validated("P-1", Map.of())), T0);

        sourceFiles.markDeleted("lokaal", List.of("Zuid/P-1.xlsx"), T0.plusSeconds(60));

        assertThat(current()).isEmpty();
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").deleted()).isTrue();
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").isUnchanged("f1")).isFalse();

        submissions.record(received(file, "inhoud", validated("P-1", Map.of())), T0.plusSeconds(120));

        assertThat(current()).extracting(SubmissionSummary::submissionId).containsExactly(stored.submissionId());
    }

    @Test
    void summariesCarryCountsStatusAndUnitFromTheSheet() {
        Finding error = new Finding(Severity.FOUT, "VERPLICHT", new CellRef("Project", 3, 2), "Vul in.");
        Finding warning =
                new Finding(Severity.WAARSCHUWING, "KOLOM_HERNOEMD", new CellRef("Criteria", 2, 6), "Let op.");
        ValidatedSubmission result = validated("P-1", Map.of(
                "Project", List.of(row(2, Map.of("organisatieonderdeel", "Watersysteem"))),
                "Criteria", List.of(row(3, Map.of("thema", "KLI")), row(4, Map.of("thema", "CIR")))), error, warning);

        submissions.record(received(file("los/P-1.xlsx", "los", "f1"), "x", result), T0);

        SubmissionSummary summary = current().get(0);
        assertThat(summary.unit()).isEqualTo("Watersysteem");
        assertThat(summary.projectId()).isEqualTo("P-1");
        assertThat(summary.sourceName()).isEqualTo("P-1.xlsx");
        assertThat(summary.fingerprint()).isEqualTo(StoreFixtures.sha256("x"));
        assertThat(summary.status()).isEqualTo(SubmissionStatus.FOUT);
        assertThat(summary.templateVersion()).isEqualTo(1);
        assertThat(summary.receivedAt()).isEqualTo(T0);
        assertThat(summary.rowsRead()).isEqualTo(3);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(1);
    }

    @Test
    void visitsSubmissionsByUnitThenProjectThenPathAndRowsByRowNumber() {
        store("Zuid/b.xlsx", "Zuid", "P-2", 5, 3);
        store("Zuid/a.xlsx", "Zuid", "P-1", 4);
        store("noord/c.xlsx", "noord", "P-9", 7);
        store("los.xlsx", null, "P-0", 2);

        List<String> visited = new ArrayList<>();
        queries.forEachRow("Criteria", (s, row) -> visited.add(s.projectId() + "@" + row.rowNumber()));

        assertThat(visited).containsExactly("P-9@7", "P-1@4", "P-2@3", "P-2@5", "P-0@2");
    }

    @Test
    void streamsManyRowsInBatches() {
        List<TypedRow> many = new ArrayList<>();
        for (int i = 0; i < 2_503; i++) {
            many.add(row(i + 3, Map.of("periode", "2024", "gerealiseerd", BigDecimal.valueOf(i))));
        }
        submissions.record(received(file("Zuid/groot.xlsx", "Zuid", "f"), "groot",
                validated("P-1", Map.of("Realisatie", many))), T0);

        BigDecimal[] sum = {BigDecimal.ZERO};
        int[] visits = {0};
        queries.forEachRow("Realisatie", (s, row) -> {
            visits[0]++;
            sum[0] = sum[0].add(row.number("gerealiseerd"));
        });

        assertThat(visits[0]).isEqualTo(2_503);
        assertThat(queries.rowCountOf(queries.currentSubmissions().get(0), "Realisatie")).isEqualTo(2_503);
        assertThat(queries.rowCountOf(queries.currentSubmissions().get(0), "Criteria")).isZero();
        assertThat(sum[0]).isEqualByComparingTo(BigDecimal.valueOf(2_502L * 2_503 / 2));
    }

    @Test
    void rowsStoredOneByOneBeforeVersion2ComeBackInBlocksAfterIt() {
        try (TestDatabase old = databaseAt("1")) {
            JdbcTemplate jdbc = old.jdbc();
            jdbc.update("INSERT INTO source_file (id, source_id, path, size_bytes, first_seen_at, last_seen_at, deleted)"
                    + " VALUES (1, 'lokaal', 'Zuid/a.xlsx', 10, ?, ?, FALSE)", DbTime.param(T0), DbTime.param(T0));
            jdbc.update("INSERT INTO submission (id, source_file_id, content_hash, project_id, unit, status, rows_read,"
                    + " errors, warnings, received_at, is_current) VALUES (1, 1, 'h', 'P-1', 'Zuid', 'OK', 3, 0, 0, ?,"
                    + " TRUE)", DbTime.param(T0));
            String sql = "INSERT INTO submission_row (submission_id, tab_key, seq, sheet_row, payload)"
                    + " VALUES (1, 'Realisatie', ?, ?, ?)";
            jdbc.update(sql, 1, 5, "periode=2025\ngerealiseerd=7");
            jdbc.update(sql, 0, 4, "periode=2024\nafwijking=a\\nb");
            jdbc.update(sql, 2, 6, "");
            old.migrate(null);

            JdbcSubmissionQueries migrated = new JdbcSubmissionQueries(old.dataSource(), old.transactions(), SCHEMA,
                    ProjectRegister.none(), StoreSettings.defaults());
            List<TypedRow> rows = new ArrayList<>();
            migrated.forEachRow("Realisatie", (s, row) -> rows.add(row));
            assertThat(rows).extracting(TypedRow::rowNumber).containsExactly(4, 5, 6);
            assertThat(rows.get(0).text("afwijking")).isEqualTo("a\nb");
            assertThat(rows.get(1).number("gerealiseerd")).isEqualByComparingTo("7");
            assertThat(rows.get(2).values()).isEmpty();
        }
    }

    @Test
    void aSubmissionJustStoredGivesExactlyWhatReadingItBackGives() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("afwijking", "regel 1\r\nregel \\2");
        values.put("gerealiseerd", new BigDecimal("1E+3"));
        values.put("gepland", 12L);
        values.put("bewijs_ontvangen", Boolean.TRUE);
        values.put("periode", "2025-Q1");
        values.put("bron", null);
        Map<String, Object> empty = new LinkedHashMap<>();
        List<TypedRow> rows = List.of(row(9, values), row(4, empty), row(6, Map.of("gerealiseerd", 2.50)));
        ValidatedSubmission result = validated("P-7", Map.of("Realisatie", rows, "Project",
                        List.of(row(3, Map.of("project_id", "P-7", "gunningsdatum", LocalDate.of(2025, 2, 3))))),
                new Finding(Severity.FOUT, "LANG", new CellRef("Realisatie", 9, 2), "x".repeat(5000)),
                new Finding(Severity.WAARSCHUWING, "BESTAND", null, "Bestand"));
        long id = submissions.record(received(file("Zuid/p7.xlsx", "Zuid", "f"), "p7", result), T0).submissionId();

        SubmissionSummary summary = queries.currentSubmission(id).orElseThrow();
        assertThat(queries.currentSubmissions()).containsExactly(summary);
        SubmissionQueries justStored = queries.justStored(summary, result);
        for (String tab : List.of("Realisatie", "Project", "Criteria")) {
            assertThat(rowsOf(justStored, summary, tab)).as(tab).isEqualTo(rowsOf(queries, summary, tab));
            assertThat(justStored.rowCountOf(summary, tab)).isEqualTo(queries.rowCountOf(summary, tab));
        }
        List<Finding> stored = new ArrayList<>();
        queries.forEachFindingOf(summary, stored::add);
        List<Finding> prepared = new ArrayList<>();
        justStored.forEachFindingOf(summary, prepared::add);
        assertThat(prepared).isEqualTo(stored).hasSize(2);
    }

    private static List<TypedRow> rowsOf(SubmissionQueries data, SubmissionSummary summary, String tab) {
        List<TypedRow> rows = new ArrayList<>();
        data.forEachRowOf(summary, tab, rows::add);
        return rows;
    }

    @Test
    void findingsComeBackInOrderWithTheirCells() {
        Finding cell = new Finding(Severity.FOUT, "PRIVACY_BSN", new CellRef("Mijn Criteria", 7, 27), "Verwijder.");
        Finding file = new Finding(Severity.WAARSCHUWING, "SJABLOON_VERSIE", null, "Oude versie.");
        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f"), "x", validated("P-1", Map.of(), cell, file)),
                T0);

        List<StoredFinding> found = new ArrayList<>();
        queries.forEachFinding(found::add);

        assertThat(found).extracting(StoredFinding::finding).containsExactly(cell, file);
        assertThat(found.get(0).submission().projectId()).isEqualTo("P-1");
    }

    @Test
    void twoFilesWithOneProjectIdCountOnceTheOneModifiedLastAndTheOtherSaysSo() {
        SourceFile original = new SourceFile("lokaal", "Zuid/P-1.xlsx", "Zuid", 100, T0.plusSeconds(3600), "f1");
        SourceFile copy = new SourceFile("lokaal", "Zuid/P-1 - kopie.xlsx", "Zuid", 100, T0, "f2");
        Finding own = new Finding(Severity.WAARSCHUWING, "SJABLOON_VERSIE", null, "Oude versie.");
        submissions.record(received(original, "x", validated("P-1", Map.of())), T0);
        submissions.record(received(copy, "y", validated("P-1", Map.of(), own)), T0.plusSeconds(60));

        List<SubmissionSummary> current = current();

        assertThat(current).extracting(SubmissionSummary::sourcePath, SubmissionSummary::counts,
                SubmissionSummary::modifiedAt).containsExactly(
                        tuple("Zuid/P-1 - kopie.xlsx", false, T0),
                        tuple("Zuid/P-1.xlsx", true, T0.plusSeconds(3600)));
        assertThat(current.get(0).duplicateOf().countedPath()).isEqualTo("Zuid/P-1.xlsx");
        List<Finding> findings = new ArrayList<>();
        queries.forEachFindingOf(current.get(0), findings::add);
        assertThat(findings).extracting(Finding::rule).containsExactly("DUBBEL_PROJECT", "SJABLOON_VERSIE");
        assertThat(findings.get(0).message()).contains("'Zuid/P-1.xlsx'");
        List<StoredFinding> all = new ArrayList<>();
        queries.forEachFinding(all::add);
        assertThat(all).extracting(f -> f.finding().rule()).containsExactly("DUBBEL_PROJECT", "SJABLOON_VERSIE");
        // by id the store cannot tell: whether a submission counts depends on all the others
        assertThat(queries.currentSubmission(current.get(0).submissionId()).orElseThrow().counts()).isTrue();

        sourceFiles.markDeleted("lokaal", List.of("Zuid/P-1.xlsx"), T0.plusSeconds(120));

        assertThat(current()).extracting(SubmissionSummary::sourcePath, SubmissionSummary::counts)
                .containsExactly(tuple("Zuid/P-1 - kopie.xlsx", true));
    }

    @Test
    void aFindingWithA5000CharacterSheetNameAndMessageIsStoredShortened() {
        String sheet = "Tabblad " + "x".repeat(4_992);
        String message = "Melding " + "m".repeat(4_992);
        Finding overlong = new Finding(Severity.WAARSCHUWING, "TABBLADNAAM_ONGELDIG", new CellRef(sheet, 1, 0),
                message);
        ValidatedSubmission result = validated("P-1", Map.of(), overlong);

        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f"), "x", result), T0);

        List<StoredFinding> found = new ArrayList<>();
        queries.forEachFinding(found::add);
        Finding stored = found.get(0).finding();
        assertThat(stored.sheet()).hasSize(200).startsWith("Tabblad xxx").endsWith("…");
        assertThat(stored.location()).endsWith("!A1");
        assertThat(stored.message()).hasSize(4000).startsWith("Melding mmm").endsWith("…");
        assertThat(stored.rule()).isEqualTo("TABBLADNAAM_ONGELDIG");
        SubmissionSummary current = current().get(0);
        List<Finding> justStored = new ArrayList<>();
        queries.justStored(current, result).forEachFindingOf(current, justStored::add);
        assertThat(justStored).containsExactly(stored);
    }

    @Test
    void aCraftedWorkbookWithA5000CharacterTabNameIsReadAndStored() throws IOException {
        String tab = "Tabblad " + "t".repeat(4_992);
        byte[] xlsx = workbookWithOneSheet(tab);
        ValidatedSubmission result = new SubmissionValidator(SCHEMA).validate(new SubmissionReader(SCHEMA)
                .read("P-1.xlsx", xlsx));

        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f"), "crafted", result), T0);

        List<StoredFinding> found = new ArrayList<>();
        queries.forEachFinding(found::add);
        assertThat(found).extracting(f -> f.finding().rule()).contains("TABBLADNAAM_ONGELDIG");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.finding().sheet()).hasSizeLessThanOrEqualTo(31);
            assertThat(f.finding().message()).doesNotContain("t".repeat(40));
        });
    }

    @Test
    void textsLongerThanTheirColumnsAreShortenedInsteadOfFailingTheInsert() {
        String unit = "Eenheid " + "u".repeat(4_992);
        String projectId = "P-" + "9".repeat(4_998);
        String rule = "REGEL_" + "R".repeat(4_994);
        String fingerprint = "etag-" + "f".repeat(4_995);
        // a character outside the BMP exactly where the sheet name is cut must not be split in two
        String sheet = "s".repeat(198) + "\uD83D\uDE00" + "tail";
        Finding finding = new Finding(Severity.FOUT, rule, new CellRef(sheet, 3, 2), "Kort.");
        ValidatedSubmission result = new ValidatedSubmission("P.xlsx", new WorkbookMetadata("t".repeat(5_000), 1,
                "Waterschap", projectId), projectId, null, SubmissionStatus.FOUT, List.of(finding), Map.of());
        SourceFile file = file("Zuid/P-1.xlsx", unit, fingerprint);

        submissions.record(received(file, "x", result), T0);
        submissions.record(received(file, "x", result), T0.plusSeconds(60));

        SubmissionSummary current = current().get(0);
        assertThat(current.projectId()).hasSize(100);
        assertThat(current.unit()).hasSize(200).startsWith("Eenheid uuu");
        assertThat(count("submission")).isEqualTo(1);
        List<Finding> found = new ArrayList<>();
        queries.forEachFindingOf(current, found::add);
        assertThat(found.get(0).rule()).hasSize(100);
        assertThat(found.get(0).sheet()).isEqualTo("s".repeat(198) + "…");
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").isUnchanged(fingerprint)).isTrue();
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").isUnchanged(fingerprint + "2")).isFalse();
    }

    @Test
    void unreadableFileFailingTheSameWayKeepsOneSubmissionAndIsReadAgain() {
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        Finding failure = new Finding(Severity.FOUT, "BESTAND_NIET_GELEZEN", null, "Niet gelezen.");
        ValidatedSubmission quarantine = new ValidatedSubmission("P-1.xlsx", null, null, null,
                SubmissionStatus.QUARANTAINE, List.of(failure), Map.of());

        submissions.record(new ReceivedFile(file, null, quarantine, true), T0);
        submissions.record(new ReceivedFile(file, null, quarantine, true), T0.plusSeconds(60));

        assertThat(count("submission")).isEqualTo(1);
        assertThat(current()).extracting(SubmissionSummary::status).containsExactly(SubmissionStatus.QUARANTAINE);
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").isUnchanged("f1")).isFalse();
    }

    @Test
    void aListingMarksItsPresentFilesSeenAndAVanishedFileKeepsTheListingBefore() {
        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f1"), "x", validated("P-1", Map.of())), T0);
        submissions.record(received(file("Zuid/weg.xlsx", "Zuid", "f1"), "y", validated("P-2", Map.of())), T0);
        sourceFiles.listed("lokaal", T0.plusSeconds(60));
        sourceFiles.markDeleted("lokaal", List.of("Zuid/weg.xlsx"), T0.plusSeconds(3600));
        sourceFiles.listed("lokaal", T0.plusSeconds(3600));
        sourceFiles.listed("elders", T0.plusSeconds(7200));

        assertThat(current()).extracting(SubmissionSummary::sourcePath).containsExactly("Zuid/P-1.xlsx");
        assertThat(current().get(0).lastSeenAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(current().get(0).receivedAt()).isEqualTo(T0);
        assertThat(lastSeenColumn("Zuid/weg.xlsx")).isEqualTo(T0.plusSeconds(60));
        assertThat(sourceFiles.known("lokaal").get("Zuid/P-1.xlsx").isUnchanged("f1")).isTrue();

        // stored after the last listing: its own time counts
        submissions.record(received(file("Zuid/P-3.xlsx", "Zuid", "f1"), "z", validated("P-3", Map.of())),
                T0.plusSeconds(3700));
        assertThat(current()).filteredOn(s -> s.sourcePath().equals("Zuid/P-3.xlsx"))
                .extracting(SubmissionSummary::lastSeenAt).containsExactly(T0.plusSeconds(3700));
        // a file deleted before any listing keeps its own time
        sourceFiles.markDeleted("lokaal", List.of("Zuid/P-3.xlsx"), T0.plusSeconds(3800));
        assertThat(lastSeenColumn("Zuid/P-3.xlsx")).isEqualTo(T0.plusSeconds(3700));
    }

    private Instant lastSeenColumn(String path) {
        return db.jdbc().queryForObject("SELECT last_seen_at FROM source_file WHERE path = ?",
                (rs, i) -> DbTime.read(rs, "last_seen_at"), path);
    }

    @Test
    void signatureChangesWithTheSetOfCurrentSubmissions() {
        String empty = Submissions.signatureOf(current());
        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f1"), "x", validated("P-1", Map.of())), T0);
        String one = Submissions.signatureOf(current());
        sourceFiles.markDeleted("lokaal", List.of("Zuid/P-1.xlsx"), T0);

        assertThat(one).isNotEqualTo(empty);
        assertThat(Submissions.signatureOf(current())).isEqualTo(empty);
    }

    @Test
    void signatureCountsEachCurrentSubmissionByIdAndContentInIdOrder() {
        submissions.record(received(file("Zuid/P-1.xlsx", "Zuid", "f1"), "x", validated("P-1", Map.of())), T0);
        submissions.record(received(file("Noord/P-2.xlsx", "Noord", "f2"), "y", validated("P-2", Map.of())), T0);
        submissions.record(received(file("Zuid/P-3.xlsx", "Zuid", "f3"), "z", validated("P-3", Map.of())), T0);
        sourceFiles.markDeleted("lokaal", List.of("Noord/P-2.xlsx"), T0);
        List<SubmissionSummary> listed = current();
        List<SubmissionSummary> reversed = new ArrayList<>(listed);
        Collections.reverse(reversed);
        StringBuilder lines = new StringBuilder();
        listed.stream().sorted(Comparator.comparingLong(SubmissionSummary::submissionId))
                .forEach(s -> lines.append(s.submissionId()).append(':').append(s.fingerprint()).append('\n'));

        assertThat(listed).hasSize(2);
        assertThat(Submissions.signatureOf(listed)).isEqualTo(Sha256.hex(lines.toString()))
                .isEqualTo(Submissions.signatureOf(reversed));
    }

    @Test
    void runsRecordOutcomeAndTheLastPublication() {
        long first = runs.start(T0);
        runs.finish(first, T0.plusSeconds(5), RunStatus.COMPLETED, new RunTotals(3, 3, 0, 1, 0, 4, 2, 2),
                new Publication("abc", T0), null);
        long second = runs.start(T0.plusSeconds(3600));
        runs.finish(second, T0.plusSeconds(3601), RunStatus.COMPLETED, RunTotals.none(), null, null);

        assertThat(runs.lastPublication()).contains(new Publication("abc", T0));
        assertThat(runs.status(second)).contains(RunStatus.COMPLETED);
    }

    @Test
    void whatWasWrittenToEachOutputIsKeptPerPathAndReplacedByTheNextWrite() {
        Instant modified = Instant.parse("2025-03-03T07:00:01.123456789Z");
        runs.recordWritten(List.of(new WrittenOutput("/uit/MVI-overzicht.xlsx", 10, "a".repeat(64), modified),
                new WrittenOutput("/uit/MVI-bestuursrapportage.xlsx", 20, "b".repeat(64), modified)), T0);

        runs.recordWritten(List.of(new WrittenOutput("/uit/MVI-overzicht.xlsx", 11, "c".repeat(64), modified)),
                T0.plusSeconds(60));

        assertThat(runs.written()).containsOnlyKeys("/uit/MVI-overzicht.xlsx", "/uit/MVI-bestuursrapportage.xlsx");
        assertThat(runs.written().get("/uit/MVI-overzicht.xlsx"))
                .isEqualTo(new WrittenOutput("/uit/MVI-overzicht.xlsx", 11, "c".repeat(64), modified));
        assertThat(runs.written().get("/uit/MVI-bestuursrapportage.xlsx").lastModified())
                .isEqualTo(Instant.parse("2025-03-03T07:00:01.123456Z"));
    }

    @Test
    void aRunLeftRunningIsClosedAsFailedWhenTheNextStarts() {
        long interrupted = runs.start(T0);

        runs.start(T0.plusSeconds(60));

        assertThat(runs.status(interrupted)).contains(RunStatus.FAILED);
    }

    @Test
    void supersededSubmissionKeepsItsRecordAndFindingsButLosesItsRowsOnceTheRetentionHasPassed() {
        SupersededRows week = new SupersededRows(db.jdbc(), new StoreSettings(7, 5, java.time.Duration.ofDays(7)));
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        long v1 = storeVersion(file, "versie 1", "oud bedrag", T0);
        long v2 = storeVersion(file, "versie 2", "gecorrigeerd bedrag", T0.plusSeconds(3600));

        week.purge(T0.plus(java.time.Duration.ofDays(7)));
        assertThat(blocksOf(v1)).as("within the week after it was superseded").isEqualTo(1);

        int purged = week.purge(T0.plusSeconds(3600).plus(java.time.Duration.ofDays(7)));

        assertThat(purged).isEqualTo(1);
        assertThat(blocksOf(v1)).isZero();
        assertThat(blocksOf(v2)).isEqualTo(1);
        assertThat(count("submission")).isEqualTo(2);
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM finding WHERE submission_id = ?", Integer.class, v1))
                .isEqualTo(1);
        assertThat(db.jdbc().queryForObject("SELECT content_hash || ':' || rows_read || ':' || status FROM submission"
                + " WHERE id = ?", String.class, v1)).isEqualTo(StoreFixtures.sha256("versie 1") + ":1:FOUT");
        assertThat(payloads()).noneMatch(p -> p.contains("oud bedrag")).anyMatch(p -> p.contains("gecorrigeerd"));
    }

    @Test
    void zeroRetentionPurgesAtTheEndOfTheCompletedRunThatSupersededIt() {
        Runs purging = new Runs(db.jdbc(), new SupersededRows(db.jdbc(),
                new StoreSettings(7, 5, java.time.Duration.ZERO)));
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        long v1 = storeVersion(file, "versie 1", "oud bedrag", T0);
        long v2 = storeVersion(file, "versie 2", "nieuw bedrag", T0.plusSeconds(60));

        purging.finish(purging.start(T0), T0.plusSeconds(61), RunStatus.FAILED, RunTotals.none(), null, "mislukt");
        assertThat(blocksOf(v1)).as("a failed run purges nothing").isEqualTo(1);
        purging.finish(purging.start(T0), T0.plusSeconds(62), RunStatus.COMPLETED, RunTotals.none(), null, null);

        assertThat(blocksOf(v1)).isZero();
        assertThat(blocksOf(v2)).isEqualTo(1);
        assertThat(rows("Borging")).extracting(r -> r.text("toelichting")).containsExactly("nieuw bedrag");
    }

    @Test
    void namesStoredBeforeTheChecksKnewThemAreScreenedAtTheFirstRunOfAProcess() {
        String glued = "Zuid/P-2024-022-123456782.xlsx";
        String listedAgain = "Noord/P-2024-023 06-12345678.xlsx";
        Finding quoting = new Finding(Severity.FOUT, "BESTAND_GEEN_XLSX", null, "Het bestand '"
                + "P-2024-022-123456782.xlsx' is geen Excel-werkmap; het staat in " + glued + ".");
        submissions.record(received(file(glued, "Zuid", "f1"), "a", validated("P-2024-022", Map.of(), quoting)), T0);
        submissions.record(received(file("j.jansen@example.nl/P-2024-024.xlsx", "j.jansen@example.nl", "f2"), "b",
                validated("P-2024-024", Map.of())), T0);
        // an older version stored the plain path; this version listed the file again under its hashed key
        submissions.record(received(file(listedAgain, "Noord", "f3"), "c", validated("P-2024-023", Map.of())), T0);
        submissions.record(received(file(StoredPath.of(listedAgain).key(), "Noord", "f3"), "c",
                validated("P-2024-023", Map.of())), T0.plusSeconds(60));
        submissions.record(received(file("Zuid/P-2024-030.xlsx", "Zuid", "f4"), "d", validated("P-2024-030",
                Map.of())), T0);

        Runs firstOfAProcess = new Runs(db.jdbc());
        firstOfAProcess.start(T0.plusSeconds(120));

        List<String> paths = db.jdbc().queryForList("SELECT path FROM source_file", String.class);
        assertThat(paths).hasSize(5).doesNotHaveDuplicates().contains(StoredPath.of(glued).key(),
                StoredPath.of(listedAgain).key(), "Zuid/P-2024-030.xlsx");
        List<String> texts = new ArrayList<>(paths);
        texts.addAll(db.jdbc().queryForList("SELECT COALESCE(unit, '') FROM source_file", String.class));
        texts.addAll(db.jdbc().queryForList("SELECT COALESCE(unit, '') FROM submission", String.class));
        texts.addAll(db.jdbc().queryForList("SELECT message FROM finding", String.class));
        assertThat(texts).noneMatch(t -> t.contains("123456782") || t.contains("jansen") || t.contains("12345678"));
        assertThat(db.jdbc().queryForObject("SELECT message FROM finding", String.class)).isEqualTo("Het bestand"
                + " '(bestandsnaam bevat mogelijk persoonsgegevens)' is geen Excel-werkmap; het staat in"
                + " Zuid/(bestandsnaam bevat mogelijk persoonsgegevens).");
        assertThat(db.jdbc().queryForList("SELECT DISTINCT unit FROM submission", String.class))
                .containsExactlyInAnyOrder("Zuid", "Noord", "(mapnaam bevat mogelijk persoonsgegevens)");
    }

    @Test
    void aVanishedFileLosesItsRowsButKeepsItsRecord() {
        SupersededRows atOnce = new SupersededRows(db.jdbc(), new StoreSettings(7, 5, java.time.Duration.ZERO));
        long v1 = storeVersion(file("Zuid/P-1.xlsx", "Zuid", "f1"), "versie 1", "bedrag", T0);
        atOnce.purge(T0.plusSeconds(30));
        assertThat(blocksOf(v1)).as("a current submission keeps its rows").isEqualTo(1);

        sourceFiles.markDeleted("lokaal", List.of("Zuid/P-1.xlsx"), T0.plusSeconds(60));
        atOnce.purge(T0.plusSeconds(60));

        assertThat(blocksOf(v1)).isZero();
        assertThat(count("submission")).isEqualTo(1);
    }

    @Test
    void contentThatComesBackAfterItsRowsWerePurgedHasItsRowsAgain() {
        SupersededRows atOnce = new SupersededRows(db.jdbc(), new StoreSettings(7, 5, java.time.Duration.ZERO));
        SourceFile file = file("Zuid/P-1.xlsx", "Zuid", "f1");
        long v1 = storeVersion(file, "versie 1", "eerste", T0);
        storeVersion(file, "versie 2", "tweede", T0.plusSeconds(60));
        atOnce.purge(T0.plusSeconds(60));

        long back = storeVersion(file, "versie 1", "eerste", T0.plusSeconds(120));

        assertThat(back).isEqualTo(v1);
        assertThat(blocksOf(v1)).isEqualTo(1);
        assertThat(rows("Borging")).extracting(r -> r.text("toelichting")).containsExactly("eerste");
        atOnce.purge(T0.plusSeconds(120));
        assertThat(blocksOf(v1)).as("current again, so kept").isEqualTo(1);
    }

    @Test
    void submissionsSupersededBeforeVersion5KeepTheirRowsForTheRetentionFromTheUpgrade() {
        try (TestDatabase old = databaseAt("3")) {
            JdbcTemplate jdbc = old.jdbc();
            jdbc.update("INSERT INTO source_file (id, source_id, path, size_bytes, first_seen_at, last_seen_at, deleted)"
                    + " VALUES (1, 'lokaal', 'Zuid/a.xlsx', 10, ?, ?, FALSE)", DbTime.param(T0), DbTime.param(T0));
            for (int id = 1; id <= 2; id++) {
                jdbc.update("INSERT INTO submission (id, source_file_id, content_hash, project_id, unit, status,"
                        + " rows_read, errors, warnings, received_at, is_current) VALUES (?, 1, ?, 'P-1', 'Zuid', 'OK',"
                        + " 1, 0, 0, ?, ?)", id, "h" + id, DbTime.param(T0), id == 2);
                jdbc.update("INSERT INTO submission_rows (submission_id, tab_key, block, row_count, payload)"
                        + " VALUES (?, 'Criteria', 0, 1, '#3')", id);
            }
            old.migrate(null);
            Instant upgraded = jdbc.queryForObject("SELECT superseded_at FROM submission WHERE id = 1",
                    java.time.OffsetDateTime.class).toInstant();
            SupersededRows week = new SupersededRows(jdbc, new StoreSettings(7, 5, java.time.Duration.ofDays(7)));

            week.purge(upgraded.plus(java.time.Duration.ofDays(6)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_rows", Integer.class)).isEqualTo(2);
            week.purge(upgraded.plus(java.time.Duration.ofDays(7)));
            assertThat(jdbc.queryForList("SELECT submission_id FROM submission_rows", Long.class)).containsExactly(2L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE superseded_at IS NULL",
                    Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void keptBoardGoalsComeBackAsSavedWithEveryValueTypeAndFormula() {
        List<BoardGoal> goals = List.of(new BoardGoal(List.of(
                BoardCell.text("Doel-ID", "BD-01 \u00e9\u20ac \"quoted\" ;\nregel"),
                new BoardCell("Streefwaarde", new BigDecimal("0.125"), "0%", "E2*2"),
                new BoardCell("Basiswaarde", new BigDecimal("1450000.10"), "#,##0.00"),
                new BoardCell("Groot", new BigDecimal("1E+30"), null),
                new BoardCell("Behaald", Boolean.TRUE, null),
                new BoardCell("Vastgesteld", LocalDateTime.of(2025, 3, 3, 14, 30, 15), "dd-mm-yyyy"),
                new BoardCell("Notitie", "=geen formule, tekst", null, "'Doelen 2025'!A1&\"x\""))),
                new BoardGoal(List.of(BoardCell.text("Doel-ID", "BD-02"))));
        KeptGoals kept = new KeptGoals("/uit/MVI-bestuursrapportage.xlsx", "Doelen 2025", BoardGoalsJson.write(goals),
                "f1", T0);

        assertThat(goalCopies.keep(kept)).isTrue();
        KeptGoals read = goalCopies.kept("/uit/MVI-bestuursrapportage.xlsx").orElseThrow();

        assertThat(read).isEqualTo(kept);
        List<BoardGoal> back = BoardGoalsJson.read(read.goalsJson());
        assertThat(back).isEqualTo(goals);
        assertThat(back.get(0).cells()).extracting(c -> c.value().getClass().getSimpleName())
                .containsExactly("String", "BigDecimal", "BigDecimal", "BigDecimal", "Boolean", "LocalDateTime",
                        "String");
        assertThat(back.get(0).cells().get(2).text()).isEqualTo("1450000.1");
        assertThat(goalCopies.kept("/elders/MVI-bestuursrapportage.xlsx")).isEmpty();
    }

    @Test
    void keptBoardGoalsAreWrittenOnlyWhenTheirFingerprintChanged() {
        String path = "/uit/MVI-bestuursrapportage.xlsx";
        assertThat(goalCopies.keep(new KeptGoals(path, "Doelen", "[]", "f1", T0))).isTrue();

        assertThat(goalCopies.keep(new KeptGoals(path, "Doelen", "[]", "f1", T0.plusSeconds(60)))).isFalse();
        assertThat(goalCopies.kept(path).orElseThrow().savedAt()).isEqualTo(T0);
        assertThat(goalCopies.keep(new KeptGoals(path, "Doelen 2025", "[[]]", "f2", T0.plusSeconds(120)))).isTrue();

        assertThat(goalCopies.kept(path).orElseThrow())
                .isEqualTo(new KeptGoals(path, "Doelen 2025", "[[]]", "f2", T0.plusSeconds(120)));
        assertThat(count("board_goals")).isEqualTo(1);
        goalCopies.keep(new KeptGoals("/ander/MVI-bestuursrapportage.xlsx", "Doelen", "[]", "f3", T0));
        assertThat(count("board_goals")).isEqualTo(2);
        assertThat(goalCopies.kept(path).orElseThrow().fingerprint()).isEqualTo("f2");
    }

    @Test
    void boardGoalsTooLargeForTheStoreDropTheOlderCopyInsteadOfStandingInForThem() {
        String path = "/uit/MVI-bestuursrapportage.xlsx";
        goalCopies.keep(new KeptGoals(path, "Doelen", "[]", "f1", T0));

        String huge = "[" + "\"x\",".repeat(BoardGoalCopies.MAX_GOALS_JSON / 4) + "\"x\"]";
        assertThat(goalCopies.keep(new KeptGoals(path, "Doelen", huge, "f2", T0))).isTrue();

        assertThat(goalCopies.kept(path)).isEmpty();
        String longest = "[" + "\"x\",".repeat((BoardGoalCopies.MAX_GOALS_JSON - 6) / 4) + "\"x\"]";
        assertThat(longest.length()).isLessThanOrEqualTo(BoardGoalCopies.MAX_GOALS_JSON);
        goalCopies.keep(new KeptGoals(path, "Doelen", longest, "f3", T0));
        assertThat(goalCopies.kept(path).orElseThrow().goalsJson()).isEqualTo(longest);
    }

    @Test
    void aStoreFromBeforeVersion6HasNoKeptBoardGoalsAfterTheUpgrade() {
        try (TestDatabase old = databaseAt("5")) {
            old.jdbc().update("INSERT INTO published_output (path, size_bytes, content_hash, last_modified,"
                    + " written_at) VALUES ('/uit/MVI-bestuursrapportage.xlsx', 1, 'h', ?, ?)", DbTime.param(T0),
                    DbTime.param(T0));
            old.migrate(null);
            BoardGoalCopies upgraded = new BoardGoalCopies(old.jdbc());

            assertThat(upgraded.kept("/uit/MVI-bestuursrapportage.xlsx")).isEmpty();
            assertThat(new Runs(old.jdbc()).written()).containsOnlyKeys("/uit/MVI-bestuursrapportage.xlsx");
        }
    }

    /** Stores one version of {@code file} with one Borging row and one finding; returns its submission id. */
    private long storeVersion(SourceFile file, String content, String remark, Instant at) {
        ValidatedSubmission result = validated("P-1", Map.of("Borging", List.of(row(3, Map.of("toelichting",
                remark)))), new Finding(Severity.FOUT, "VERPLICHT", new CellRef("Borging", 3, 1), "Vul in."));
        return submissions.record(received(file, content, result), at).submissionId();
    }

    private int blocksOf(long submissionId) {
        return db.jdbc().queryForObject("SELECT COUNT(*) FROM submission_rows WHERE submission_id = ?", Integer.class,
                submissionId);
    }

    private List<String> payloads() {
        return db.jdbc().queryForList("SELECT payload FROM submission_rows", String.class);
    }

    private void store(String path, String unit, String projectId, int... rowNumbers) {
        List<TypedRow> rows = new ArrayList<>();
        for (int number : rowNumbers) {
            rows.add(row(number, Map.of("thema", "KLI")));
        }
        submissions.record(received(file(path, unit, "f"), path,
                validated(projectId, Map.of("Criteria", rows))), Instant.EPOCH);
    }

    private List<TypedRow> rows(String tab) {
        List<TypedRow> rows = new ArrayList<>();
        queries.forEachRow(tab, (s, row) -> rows.add(row));
        return rows;
    }

    private List<SubmissionSummary> current() {
        return queries.currentSubmissions();
    }

    private int count(String table) {
        return db.jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** The least xlsx the reader accepts, with one (empty) sheet of this name. */
    private static byte[] workbookWithOneSheet(String sheetName) throws IOException {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg + "\"><Relationship "
                + "Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"" + sheetName
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
