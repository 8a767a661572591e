package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Writes the MVI team's consolidated workbook {@value #FILE_NAME} from the store. Tabs: Projecten, the unions
 * Doelen, Criteria, Borging, Realisatie and SROI, Validatie, Bronbestanden, Dekking and Lijsten.
 *
 * <p>Most rows belong to one submission and depend on it alone. They are rendered per submission as compressed
 * sheet XML ({@link Fragment}) and, with a cache folder, kept until the submission changes; a run then renders
 * only the submissions that changed and copies the rest, compressed, into the new workbook ({@link
 * WorkbookAssembly}). POI (SXSSF) writes everything else: styles, headers, Dekking, Lijsten. Memory holds a bounded
 * window of submissions, never a whole tab. Cell values depend only on the store's content; the clock only stamps
 * the file's creation date in its document properties.
 */
public final class ConsolidatedWorkbookWriter {

    public static final String FILE_NAME = "MVI-overzicht.xlsx";
    /** The table tabs that are united over all projects, in workbook order. */
    static final List<String> UNION_TABS = List.of("Doelen", "Criteria", "Borging", "Realisatie", "SROI");
    /** Change when rendered rows change for the same data (layout, formats, masking): old fragments are unused. */
    static final String RENDERING = "overzicht-2";

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_THREADS = 4;

    private final TemplateSchema schema;
    private final Clock clock;
    private final int dataRowsPerTab;
    private final Optional<Path> cacheFolder;

    public ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock) {
        this(schema, clock, SheetTable.EXCEL_DATA_ROWS, Optional.empty());
    }

    /** Keeps rendered rows in {@code cacheFolder}, so the next write renders only submissions that changed. */
    public ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock, Path cacheFolder) {
        this(schema, clock, SheetTable.EXCEL_DATA_ROWS, Optional.of(cacheFolder));
    }

    /** With a lower row limit per tab, so tests can see the continuation tabs. */
    ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock, int dataRowsPerTab) {
        this(schema, clock, dataRowsPerTab, Optional.empty());
    }

    /** With a lower row limit per tab and a cache, so tests can split cached rows over continuation tabs. */
    ConsolidatedWorkbookWriter(TemplateSchema schema, Clock clock, int dataRowsPerTab, Optional<Path> cacheFolder) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dataRowsPerTab = dataRowsPerTab;
        this.cacheFolder = cacheFolder;
    }

    /** Writes the workbook to {@code out}; the stream is left open. Temporary files are removed afterwards. */
    public void write(SubmissionQueries data, OutputStream out) throws IOException {
        List<SubmissionSummary> submissions = data.currentSubmissions();
        // with a cache, the tab files are spooled where they can stay as the next write's kept tabs
        Optional<Path> generation = cacheFolder.flatMap(KeptTabs::newGeneration);
        // POI's temporary folder: the service points it at its own (see TempFolder), not the machine's /tmp
        Path work = generation.isPresent() ? generation.get()
                : TempFile.createTempDirectory("mvi-overzicht-").toPath();
        boolean kept = false;
        // close() also disposes of SXSSF's temporary sheet files (POI 5)
        try (SXSSFWorkbook skeleton = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            OverviewStyles styles = new OverviewStyles(skeleton);
            CellWriter cells = new CellWriter(schema, styles);
            List<SubmissionTab> tabs = submissionTabs(schema, cells);
            String rendering = rendering(schema, styles);
            Optional<FragmentCache> cache = cacheFolder.map(folder -> new FragmentCache(folder, rendering));
            List<String> tabNames = tabs.stream().map(SubmissionTab::name).toList();
            Optional<KeptTabs.Generation> previous = cacheFolder.flatMap(folder -> KeptTabs.load(folder, rendering,
                    tabNames));
            List<TabSpool> spools = spool(submissions, tabs, new FragmentRenderer(tabs, data), cache, previous,
                    work);
            Map<String, TabSpool.Part> rowsByEntry = new HashMap<>();
            for (TabSpool spool : spools) {
                for (TabSpool.Part part : spool.parts()) {
                    Sheet sheet = SheetTable.headerOnly(skeleton, part.sheetName(), spool.tab().columns(), styles,
                            part.rows());
                    rowsByEntry.put(entryName(skeleton, sheet), part);
                }
            }
            new CoverageTab(cells).write(skeleton, Coverage.of(submissions, data.expectedProjects()));
            new ListsTab(schema, cells).write(skeleton);
            stampProperties(skeleton);
            Path skeletonFile = work.resolve("skeleton.xlsx");
            try (OutputStream file = Files.newOutputStream(skeletonFile)) {
                skeleton.write(file);
            }
            new WorkbookAssembly(rowsByEntry).write(skeletonFile, out);
            Files.delete(skeletonFile);
            if (cache.isPresent()) {
                cache.get().retainOnly(submissions.stream().map(SubmissionSummary::contentKey)
                        .collect(Collectors.toSet()));
                kept = generation.isPresent() && KeptTabs.keep(cacheFolder.get(), work, rendering, tabNames, spools);
            }
        } finally {
            if (!kept) {
                deleteAll(work);
            }
        }
    }

    /** The tabs whose rows come from one submission at a time, in workbook order. */
    static List<SubmissionTab> submissionTabs(TemplateSchema schema, CellWriter cells) {
        List<SubmissionTab> tabs = new ArrayList<>();
        tabs.add(new ProjectsTab(schema, cells));
        for (String tab : UNION_TABS) {
            tabs.add(new UnionTab(schema, tab, cells));
        }
        tabs.add(new FindingsTab(cells));
        tabs.add(new SourceFilesTab(cells));
        return tabs;
    }

    /**
     * Spools every tab's rows, submission after submission: copied from the kept tabs where the submission is kept
     * there, else from its fragment (cached or rendered).
     */
    private List<TabSpool> spool(List<SubmissionSummary> submissions, List<SubmissionTab> tabs,
            FragmentRenderer renderer, Optional<FragmentCache> cache, Optional<KeptTabs.Generation> previous,
            Path work) throws IOException {
        List<TabSpool> spools = new ArrayList<>();
        List<KeptTabCopier> copiers = new ArrayList<>();
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        try (FragmentSource fragments = new FragmentSource(renderer, cache, threads)) {
            for (int tab = 0; tab < tabs.size(); tab++) {
                spools.add(new TabSpool(tabs.get(tab), work, dataRowsPerTab, cache.isPresent()));
                if (previous.isPresent()) {
                    copiers.add(previous.get().copier(tab));
                }
            }
            fragments.forEach(submissions, s -> keptOf(previous, s) == null, (submission, fragment) -> {
                KeptTabs.Entry[] kept = keptOf(previous, submission);
                for (int tab = 0; tab < spools.size(); tab++) {
                    TabSpool spool = spools.get(tab);
                    if (kept == null) {
                        spool.append(submission, chunk(fragment, spool), renderer);
                    } else {
                        spool.appendKept(submission, kept[tab], copiers.get(tab),
                                () -> chunk(fragments.fragment(submission), spool), renderer);
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("rendering the rows of the overview failed", e);
        } finally {
            for (TabSpool spool : spools) {
                spool.close();
            }
            for (KeptTabCopier copier : copiers) {
                copier.close();
            }
        }
        return spools;
    }

    private static KeptTabs.Entry[] keptOf(Optional<KeptTabs.Generation> previous, SubmissionSummary submission) {
        return previous.map(p -> p.of(submission.contentKey())).orElse(null);
    }

    private static Chunk chunk(Fragment fragment, TabSpool spool) throws IOException {
        return fragment.chunk(spool.tab().name())
                .orElseThrow(() -> new IOException("fragment without tab " + spool.tab().name()));
    }

    /** Fragments made with other styles or another schema must not be reused: they refer to style numbers. */
    static String rendering(TemplateSchema schema, OverviewStyles styles) {
        return Sha256.hex(String.join("|", RENDERING, schema.templateId(), String.valueOf(schema.version()),
                styles.indices())).substring(0, 16);
    }

    private static String entryName(SXSSFWorkbook workbook, Sheet sheet) {
        String part = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName()
                .getName();
        return part.startsWith("/") ? part.substring(1) : part;
    }

    private void stampProperties(SXSSFWorkbook workbook) {
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("MVI-overzicht");
        core.setCreator("MVI Monitor");
        core.setCreated(Optional.of(Date.from(clock.instant())));
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
