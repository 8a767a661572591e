package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.cache.PackedCache;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;

/** The overview written from kept per-submission rows must be the overview written from the store. */
class ConsolidatedWorkbookCacheTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path cache;

    private final DataFormatter formatter = new DataFormatter();

    @Test
    void givesTheSameCellsColdWarmAndWithoutCache() throws IOException {
        List<String> fresh = cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK), SampleMonitor.data()));
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        assertThat(cells(write(cached, SampleMonitor.data()))).containsExactlyElementsOf(fresh);
        assertThat(PackedCache.in(cache).keys()).hasSize(5);
        CountingQueries counting = new CountingQueries(SampleMonitor.data());
        assertThat(cells(write(cached, counting))).containsExactlyElementsOf(fresh);
        assertThat(counting.submissionsRead()).as("a warm cache reads no rows").isEmpty();
    }

    @Test
    void rendersOnlyTheSubmissionThatIsNewAndDropsItWhenItIsGone() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        write(cached, SampleMonitor.data());
        CountingQueries more = new CountingQueries(withExtraProject());
        List<String> cells = cells(write(cached, more));

        assertThat(cells).containsExactlyElementsOf(cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK),
                withExtraProject())));
        assertThat(cells).anyMatch(c -> c.startsWith("Realisatie!A2=P-2025-009 "));
        assertThat(more.submissionsRead()).containsOnly(9L);
        assertThat(PackedCache.in(cache).keys()).hasSize(6);

        write(cached, SampleMonitor.data());
        assertThat(PackedCache.in(cache).keys()).hasSize(5);
    }

    @Test
    void rendersAgainWhatIsUnreadableInTheCache() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        makeFragmentsUnusable();
        deleteTree(cache.resolve(KeptTabs.FOLDER)); // so the fragments are what the write must use
        CountingQueries counting = new CountingQueries(SampleMonitor.data());
        assertThat(cells(write(cached, counting))).containsExactlyElementsOf(expected);
        assertThat(counting.submissionsRead()).hasSize(5);
    }

    @Test
    void copiesTheRowsOfUnchangedSubmissionsFromTheKeptTabsWithoutTheirFragments() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        makeFragmentsUnusable(); // a fragment asked for would have to be rendered
        CountingQueries counting = new CountingQueries(SampleMonitor.data());

        assertThat(cells(write(cached, counting))).containsExactlyElementsOf(expected);
        assertThat(counting.submissionsRead()).as("every row copied from the kept tabs").isEmpty();
        assertThat(generations()).hasSize(1);
    }

    @Test
    void takesTheFragmentOfASubmissionWhoseKeptBytesAreDamaged() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        for (Path tabFile : tabFiles()) {
            byte[] bytes = Files.readAllBytes(tabFile);
            if (bytes.length > 0) {
                bytes[bytes.length / 2] ^= 0x5A;
                Files.write(tabFile, bytes);
            }
        }
        CountingQueries counting = new CountingQueries(SampleMonitor.data());

        assertThat(cells(write(cached, counting))).containsExactlyElementsOf(expected);
        assertThat(counting.submissionsRead()).as("the kept fragments replace the damaged bytes").isEmpty();
    }

    @Test
    void theNextProcessFindsTheKeptTabsByTheirIndex() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        makeFragmentsUnusable();
        KeptTabs.forgetRemembered();
        CountingQueries counting = new CountingQueries(SampleMonitor.data());

        assertThat(cells(write(cached, counting))).containsExactlyElementsOf(expected);
        assertThat(counting.submissionsRead()).as("every row copied as the index on disk says").isEmpty();
    }

    @Test
    void ignoresADamagedIndexOfTheKeptTabs() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        Path index = generations().get(0).resolve("index");
        byte[] bytes = Files.readAllBytes(index);
        bytes[10] ^= 0x01;
        Files.write(index, bytes);
        KeptTabs.forgetRemembered(); // as the next process, which reads the index from disk

        assertThat(cells(write(cached, SampleMonitor.data()))).containsExactlyElementsOf(expected);
        assertThat(generations()).hasSize(1);
    }

    @Test
    void splitsKeptRowsOverContinuationTabsExactlyAtTheLimit() throws IOException {
        List<String> expected = cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, 2), SampleMonitor.data()));
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, 2, Optional.of(cache));
        write(cached, SampleMonitor.data());
        byte[] warm = write(cached, SampleMonitor.data());
        assertThat(cells(warm)).containsExactlyElementsOf(expected);
        assertThat(cells(warm)).anyMatch(c -> c.startsWith("Realisatie (3)!"));
        assertThat(generations()).as("tabs split over sheets are not kept").isEmpty();
    }

    private void makeFragmentsUnusable() {
        PackedCache packs = PackedCache.in(cache);
        for (String key : packs.keys()) {
            packs.put(key, new byte[] {1, 2, 3});
        }
    }

    private List<Path> generations() throws IOException {
        Path tabs = cache.resolve(KeptTabs.FOLDER);
        if (!Files.isDirectory(tabs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(tabs)) {
            return folders.filter(Files::isDirectory).toList();
        }
    }

    private List<Path> tabFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path generation : generations()) {
            try (Stream<Path> inside = Files.list(generation)) {
                inside.filter(f -> f.getFileName().toString().endsWith(".part")).forEach(files::add);
            }
        }
        return files;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static InMemorySubmissionQueries withExtraProject() {
        InMemorySubmissionQueries data = SampleMonitor.data();
        // unit "Aaa" sorts first, so its rows come before every kept fragment
        SubmissionSummary extra = data.add(new SubmissionSummary(9, "P-2025-009", "Aaa", "P-2025-009.xlsx",
                "Aaa/P-2025-009.xlsx", "f9", 1, Phase.UITVOEREN, SubmissionStatus.OK,
                Instant.parse("2025-12-02T09:00:00Z"), Instant.parse("2026-01-14T06:00:00Z"), 2, 0, 0));
        data.row(extra, "Project", 3, "project_id", "P-2025-009", "projectnaam", "Nieuw gemaal");
        data.row(extra, "Realisatie", 3, "periode", "2025", "thema", "KLI", "eenheid", "t CO2-eq");
        return data;
    }

    private static byte[] write(ConsolidatedWorkbookWriter writer, SubmissionQueries data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, out);
        return out.toByteArray();
    }

    /** Every cell with its sheet, address, formatted text and style, so a changed format shows up too. */
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
