package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;

/** The overview written from kept per-submission rows must be the overview written from the store. */
class ConsolidatedWorkbookCacheTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path cache;

    private final DataFormatter formatter = new DataFormatter();

    @Test
    void givesTheSameCellsColdWarmAndWithoutCache() throws IOException {
        List<String> fresh = cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK), SampleMonitor.data()));
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        assertThat(cells(write(cached, SampleMonitor.data()))).containsExactlyElementsOf(fresh);
        assertThat(fragments()).hasSize(5);
        assertThat(cells(write(cached, SampleMonitor.data()))).containsExactlyElementsOf(fresh);
    }

    @Test
    void rendersOnlyTheSubmissionThatIsNewAndDropsItWhenItIsGone() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        write(cached, SampleMonitor.data());
        for (Path fragment : fragments()) {
            Files.setLastModifiedTime(fragment, LONG_AGO);
        }
        InMemorySubmissionQueries more = withExtraProject();
        List<String> cells = cells(write(cached, more));

        assertThat(cells).containsExactlyElementsOf(cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK), more)));
        assertThat(cells).anyMatch(c -> c.startsWith("Realisatie!A2=P-2025-009 "));
        Map<Boolean, Long> untouched = fragments().stream().collect(Collectors.partitioningBy(
                f -> modified(f).equals(LONG_AGO), Collectors.counting()));
        assertThat(untouched).containsEntry(true, 5L).containsEntry(false, 1L);

        write(cached, SampleMonitor.data());
        assertThat(fragments()).hasSize(5);
    }

    @Test
    void rendersAgainWhatIsUnreadableInTheCache() throws IOException {
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, cache);
        List<String> expected = cells(write(cached, SampleMonitor.data()));
        for (Path fragment : fragments()) {
            Files.write(fragment, new byte[] {1, 2, 3});
        }
        assertThat(cells(write(cached, SampleMonitor.data()))).containsExactlyElementsOf(expected);
    }

    @Test
    void splitsKeptRowsOverContinuationTabsExactlyAtTheLimit() throws IOException {
        List<String> expected = cells(write(new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, 2), SampleMonitor.data()));
        ConsolidatedWorkbookWriter cached = new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, 2, Optional.of(cache));
        write(cached, SampleMonitor.data());
        byte[] warm = write(cached, SampleMonitor.data());
        assertThat(cells(warm)).containsExactlyElementsOf(expected);
        assertThat(cells(warm)).anyMatch(c -> c.startsWith("Realisatie (3)!"));
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

    private List<Path> fragments() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".frag")).toList();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] write(ConsolidatedWorkbookWriter writer, InMemorySubmissionQueries data) throws IOException {
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
