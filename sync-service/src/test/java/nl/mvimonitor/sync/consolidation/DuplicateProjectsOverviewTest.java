package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * One ProjectID is one project in the overview: a second file with the ProjectID of another (a copy next to the
 * original, the same sheet in another unit folder) adds no project row and no table rows, and is shown in
 * Bronbestanden, Validatie (DUBBEL_PROJECT) and Dekking.
 */
class DuplicateProjectsOverviewTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    /** The sample's first project, with its rows in every table tab. */
    private static final long ORIGINAL = 1;
    private static final String ORIGINAL_PATH = "Zuiveringsbeheer/P-2025-001.xlsx";
    private static final String COPY_PATH = "Zuiveringsbeheer/P-2025-001 - kopie.xlsx";
    private static final List<String> PROJECT_TABS = List.of("Projecten", "Doelen", "Criteria", "Borging",
            "Realisatie", "SROI");

    /** When the copy was received: after the original, in another year. */
    private static final String COPIED = "2026-01-10T08:00:00Z";

    @TempDir
    Path cache;

    private final DataFormatter formatter = new DataFormatter();

    @Test
    void aCopyNextToTheOriginalAddsNoProjectAndNoTableRows() throws IOException {
        byte[] without = write(SampleMonitor.data());
        byte[] with = write(copyNextToTheOriginal());

        for (String tab : PROJECT_TABS) {
            assertThat(rows(with, tab)).as(tab).isEqualTo(rows(without, tab));
        }
    }

    @Test
    void aCopyIsListedAsASourceFileThatDoesNotCountWithAFindingThatNamesTheOneThatCounts() throws IOException {
        byte[] with = write(copyNextToTheOriginal());

        List<List<String>> files = rows(with, "Bronbestanden");
        assertThat(files.get(0)).endsWith("Telt mee");
        assertThat(files.subList(1, files.size())).hasSize(6)
                .allSatisfy(r -> assertThat(r.get(8)).isEqualTo(r.get(1).equals(COPY_PATH) ? "nee, dubbel" : "ja"));

        List<List<String>> duplicates = rows(with, "Validatie").stream()
                .filter(r -> r.get(4).equals(RuleCode.DUBBEL_PROJECT.name())).toList();
        assertThat(duplicates).containsExactly(List.of("P-2025-001", "P-2025-001 - kopie.xlsx", "", "",
                "DUBBEL_PROJECT", "WAARSCHUWING", "Het project met deze ProjectID is ook aangeleverd in '"
                        + ORIGINAL_PATH + "'; alleen dat bestand telt mee. Verwijder dit bestand of geef het de"
                        + " juiste ProjectID."));
    }

    @Test
    void coverageCountsTheProjectOnceAndTheCopyAsADuplicateFile() throws IOException {
        byte[] with = write(copyNextToTheOriginal());

        List<List<String>> coverage = rows(with, "Dekking");
        assertThat(coverage.get(0)).endsWith("Dubbele bestanden");
        assertThat(coverage.get(3)).containsExactly("Zuiveringsbeheer", "2025", "2", "2", "2", "100.0%", "0", "1");
        assertThat(coverage.get(4)).containsExactly("Totaal", "", "5", "4", "3", "80.0%", "1", "1");
    }

    @Test
    void theSameSheetInTwoUnitFoldersCountsOnceWithoutARegister() throws IOException {
        InMemorySubmissionQueries registered = withCopy("Beheer/P-2025-001.xlsx", "Beheer", SubmissionStatus.OK,
                COPIED, null);
        InMemorySubmissionQueries unregistered = new InMemorySubmissionQueries();
        registered.currentSubmissions().forEach(s -> unregistered.add(s.asDuplicateOf(null)));

        List<List<String>> coverage = rows(write(unregistered), "Dekking");

        // the copy is received in 2026 in another unit, yet adds no row: it is counted where its project counts
        assertThat(coverage).extracting(r -> r.get(0)).doesNotContain("Beheer");
        assertThat(coverage.get(2)).containsExactly("Zuiveringsbeheer", "2025", "", "2", "2", "", "", "1");
        assertThat(coverage.get(3)).containsExactly("Totaal", "", "", "5", "3", "", "", "1");
        byte[] withRegister = write(registered);
        assertThat(rows(withRegister, "Projecten")).extracting(r -> r.get(0)).containsOnlyOnce("P-2025-001");
        List<List<String>> registeredCoverage = rows(withRegister, "Dekking");
        assertThat(registeredCoverage).extracting(r -> r.get(0)).doesNotContain("Beheer");
        assertThat(registeredCoverage.get(3)).containsExactly("Zuiveringsbeheer", "2025", "2", "2", "2", "100.0%",
                "0", "1");
    }

    @Test
    void aDuplicateWithErrorsOrInQuarantineNeverTakesThePlaceOfTheValidOne() throws IOException {
        byte[] without = write(SampleMonitor.data());
        Instant later = Instant.parse("2026-01-12T08:00:00Z");
        for (SubmissionStatus status : List.of(SubmissionStatus.FOUT, SubmissionStatus.QUARANTAINE)) {
            byte[] with = write(withCopy(COPY_PATH, SampleMonitor.ZUIVERING, status, COPIED, later));

            for (String tab : PROJECT_TABS) {
                assertThat(rows(with, tab)).as(status + " " + tab).isEqualTo(rows(without, tab));
            }
            assertThat(rows(with, "Dekking").get(3)).as(status.name())
                    .containsExactly("Zuiveringsbeheer", "2025", "2", "2", "2", "100.0%", "0", "1");
        }
    }

    @Test
    void whenTheFileThatCountsIsDeletedTheCopyCountsWithoutAFinding() throws IOException {
        InMemorySubmissionQueries data = copyNextToTheOriginal();
        data.remove(data.added(ORIGINAL));

        byte[] written = write(data);

        assertThat(rows(written, "Projecten")).filteredOn(r -> r.get(0).equals("P-2025-001"))
                .extracting(r -> r.get(11)).containsExactly("P-2025-001 - kopie.xlsx");
        assertThat(rows(written, "Realisatie")).filteredOn(r -> r.get(0).equals("P-2025-001")).hasSize(3)
                .allSatisfy(r -> assertThat(r).contains("P-2025-001 - kopie.xlsx"));
        assertThat(rows(written, "Validatie")).noneMatch(r -> r.contains(RuleCode.DUBBEL_PROJECT.name()));
        assertThat(rows(written, "Bronbestanden").subList(1, 6)).allSatisfy(r -> assertThat(r.get(8)).isEqualTo("ja"));
        assertThat(rows(written, "Dekking").get(3)).endsWith("0");
    }

    @Test
    void keptRowsFollowTheRoleOfEachFileFromRunToRun() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<InMemorySubmissionQueries> runs = new ArrayList<>();
        runs.add(SampleMonitor.data());
        // the copy appears after the outputs were kept
        runs.add(copyNextToTheOriginal());
        // the copy is saved again later: it becomes the one that counts, the original the duplicate
        runs.add(withCopy(COPY_PATH, SampleMonitor.ZUIVERING, SubmissionStatus.OK, COPIED,
                Instant.parse("2026-01-12T08:00:00Z")));
        // the copy is deleted: the original counts again
        runs.add(SampleMonitor.data());
        // the original is deleted: the copy counts, with no finding
        InMemorySubmissionQueries onlyCopy = copyNextToTheOriginal();
        onlyCopy.remove(onlyCopy.added(ORIGINAL));
        runs.add(onlyCopy);

        for (InMemorySubmissionQueries data : runs) {
            List<String> cold = cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK), data));
            assertThat(cells(write(cached, data))).containsExactlyElementsOf(cold);
            assertThat(cells(write(cached, data))).as("written again from what was kept")
                    .containsExactlyElementsOf(cold);
        }
    }

    /** A copy made in Explorer: its modification time is the original's (unknown here), received later. */
    private static InMemorySubmissionQueries copyNextToTheOriginal() {
        return withCopy(COPY_PATH, SampleMonitor.ZUIVERING, SubmissionStatus.OK, COPIED, null);
    }

    /** The sample with a copy of its first project's sheet at {@code path}, modified at {@code modified}. */
    private static InMemorySubmissionQueries withCopy(String path, String unit, SubmissionStatus status,
                                                      String received, Instant modified) {
        InMemorySubmissionQueries data = SampleMonitor.data();
        SubmissionSummary original = data.added(ORIGINAL);
        SubmissionSummary copy = new SubmissionSummary(11, original.projectId(), unit,
                path.substring(path.lastIndexOf('/') + 1), path, "kopie-van-" + original.fingerprint(),
                original.templateVersion(), original.phase(), status, Instant.parse(received),
                original.lastSeenAt(), original.rowsRead(), 0, 0).withModifiedAt(modified);
        data.addCopy(original, copy);
        return data;
    }

    private static byte[] write(SubmissionQueries data) throws IOException {
        return write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK), data);
    }

    private static byte[] write(ConsolidatedWorkbookWriter writer, SubmissionQueries data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, out);
        return out.toByteArray();
    }

    /** Every row of a tab as formatted texts, header first. */
    private List<List<String>> rows(byte[] workbook, String tab) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(tab);
            for (Row row : sheet) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    texts.add(formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(texts);
            }
        }
        return rows;
    }

    /** Every cell with its sheet, address, text and format. */
    private List<String> cells(byte[] workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            book.forEach(sheet -> sheet.forEach(row -> {
                for (Cell c : row) {
                    cells.add(sheet.getSheetName() + "!" + c.getAddress() + "=" + formatter.formatCellValue(c)
                            + " [" + c.getCellStyle().getDataFormatString() + "]");
                }
            }));
        }
        return cells;
    }
}
