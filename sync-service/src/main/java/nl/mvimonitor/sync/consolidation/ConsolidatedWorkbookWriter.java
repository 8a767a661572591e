package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Writes the MVI team's consolidated workbook {@value #FILE_NAME} from the store. Tabs: Projecten, the unions
 * Doelen, Criteria, Borging, Realisatie and SROI, Validatie, Bronbestanden, Dekking and Lijsten.
 *
 * <p>Written with SXSSF (streaming): only a window of rows is in memory, so Realisatie may hold hundreds of
 * thousands of rows. Cell values depend only on the store's content; the clock only stamps the file's creation
 * date in its document properties.
 */
public final class ConsolidatedWorkbookWriter {

    public static final String FILE_NAME = "MVI-overzicht.xlsx";
    /** The table tabs that are united over all projects, in workbook order. */
    static final List<String> UNION_TABS = List.of("Doelen", "Criteria", "Borging", "Realisatie", "SROI");

    private static final int ROWS_IN_MEMORY = 200;

    private final TemplateSchema schema;
    private final Clock clock;
    private final int dataRowsPerTab;

    public ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock) {
        this(schema, clock, SheetTable.EXCEL_DATA_ROWS);
    }

    /** With a lower row limit per tab, so tests can see the continuation tabs. */
    ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock, int dataRowsPerTab) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dataRowsPerTab = dataRowsPerTab;
    }

    /** Writes the workbook to {@code out}; the stream is left open. Temporary files are removed afterwards. */
    public void write(SubmissionQueries data, OutputStream out) throws IOException {
        // close() also disposes of SXSSF's temporary sheet files (POI 5)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            // a 500k-row tab is several hundred MB of sheet XML; gzip keeps the temp files small
            workbook.setCompressTempFiles(true);
            CellWriter cells = new CellWriter(schema, new OverviewStyles(workbook));
            List<SubmissionSummary> submissions = data.currentSubmissions();
            new ProjectsTab(schema, cells).write(workbook, submissions, data);
            for (String tab : UNION_TABS) {
                new UnionTab(schema, tab, cells, dataRowsPerTab).write(workbook, data);
            }
            new FindingsTab(cells).write(workbook, data);
            new SourceFilesTab(cells).write(workbook, submissions);
            new CoverageTab(cells).write(workbook, Coverage.of(submissions, data.expectedProjects()));
            new ListsTab(schema, cells).write(workbook);
            stampProperties(workbook);
            workbook.write(out);
        }
    }

    private void stampProperties(SXSSFWorkbook workbook) {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("MVI-overzicht");
        core.setCreator("MVI Monitor");
        core.setCreated(Optional.of(Date.from(clock.instant())));
    }
}
