package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Writes the board workbook {@value #FILE_NAME}: Samenvatting (headline KPIs against the board's goals, with RAG
 * status and trend), Inzet (with a chart), Effect, PerOnderdeel, Doelen (the board's goals, as typed, with computed
 * columns; under the board's own name for the tab if it renamed it, marked by {@link GoalsTabMarker}), Datakwaliteit
 * and Toelichting (KPI catalogue and RAG rule).
 *
 * <p>Cell values depend only on the store's content and the goals. The clock is used for one thing: the current
 * year, so a KPI's reporting year is never in the future (and for the file's creation date in its properties).
 */
public final class BoardReportWriter {

    public static final String FILE_NAME = "MVI-bestuursrapportage.xlsx";
    private static final String THEME_LIST = "themas";
    /** The tabs in order without the goals tab, which the board may rename; it goes at {@link #GOALS_POSITION}. */
    private static final List<String> OTHER_TABS = List.of(SummarySheet.NAME, InzetSheet.NAME, EffectSheet.NAME,
            UnitSheet.NAME, DataQualitySheet.NAME, ExplanationSheet.NAME);
    private static final int GOALS_POSITION = 4;

    private final TemplateSchema schema;
    private final Clock clock;
    private final SubmissionFactsCache cache;

    /** A writer that computes every submission's facts on each write. */
    public BoardReportWriter(TemplateSchema schema, Clock clock) {
        this(schema, clock, SubmissionFactsCache.none());
    }

    /**
     * A writer that keeps each submission's facts in {@code cacheFolder} (a folder of its own: files of submissions
     * that are no longer current are deleted from it) until the submission changes, so a run computes only what
     * changed.
     */
    public BoardReportWriter(TemplateSchema schema, Clock clock, Path cacheFolder) {
        this(schema, clock, SubmissionFactsCache.in(Objects.requireNonNull(cacheFolder, "cacheFolder"), schema));
    }

    private BoardReportWriter(TemplateSchema schema, Clock clock, SubmissionFactsCache cache) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = cache;
    }

    /**
     * Writes the workbook to {@code out}; the stream is left open. Once written, the kept facts of submissions that
     * are no longer current are deleted.
     */
    public void write(SubmissionQueries data, List<BoardGoal> goals, OutputStream out) throws IOException {
        write(data, GoalsTab.withDefaultName(goals), out);
    }

    /** As {@link #write(SubmissionQueries, List, OutputStream)}, with the goals tab under the board's name for it. */
    public void write(SubmissionQueries data, GoalsTab goals, OutputStream out) throws IOException {
        MonitorFacts facts = new MonitorFactsReader(schema, cache).read(data);
        write(facts, goals, out);
        cache.keepOnly(facts.submissions());
    }

    private void write(MonitorFacts facts, GoalsTab goals, OutputStream out) throws IOException {
        KpiCalculator calculator = new KpiCalculator(facts);
        int currentYear = LocalDate.now(clock.withZone(MonitorFacts.ZONE)).getYear();
        ThemeNames themes = new ThemeNames(schema.codeList(THEME_LIST));
        GoalEvaluator evaluator = new GoalEvaluator(calculator, schema.codeList(THEME_LIST), currentYear);
        List<GoalResult> results = goals.goals().stream().map(evaluator::evaluate).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            BoardStyles styles = new BoardStyles(workbook);
            String goalsTab = goalsTabName(goals.name());
            // every tab exists before any is filled, so the board's formulas in the goals tab find the tabs they use
            List<String> names = new ArrayList<>(OTHER_TABS);
            names.add(GOALS_POSITION, goalsTab);
            List<BoardSheet> tabs = names.stream().map(name -> sheet(workbook, styles, name)).toList();
            new SummarySheet(evaluator, themes, currentYear).write(tabs.get(0), results, facts.dataDate().orElse(null));
            new InzetSheet(calculator, themes).write(tabs.get(1));
            new EffectSheet(calculator, themes).write(tabs.get(2));
            new UnitSheet(calculator).write(tabs.get(3));
            new GoalsSheet().write(tabs.get(GOALS_POSITION), results);
            new DataQualitySheet(calculator).write(tabs.get(5));
            new ExplanationSheet().write(tabs.get(6));
            if (hasFormulas(goals.goals())) {
                // the kept formulas carry the values they had when the board saved; Excel computes them afresh
                workbook.setForceFormulaRecalculation(true);
            }
            var core = workbook.getProperties().getCoreProperties();
            core.setTitle("MVI-bestuursrapportage");
            core.setCreator("MVI Monitor");
            core.setCreated(Optional.of(Date.from(clock.instant())));
            workbook.write(out);
        }
    }

    /**
     * The board's name for the goals tab, unless it is not a valid tab name or is the name of another tab of the
     * report (the board renamed two tabs): then the default name, as the goals are found by their marker anyway.
     */
    static String goalsTabName(String boardName) {
        boolean taken = OTHER_TABS.stream().anyMatch(boardName::equalsIgnoreCase);
        try {
            WorkbookUtil.validateSheetName(boardName);
        } catch (IllegalArgumentException e) {
            return GoalsTab.DEFAULT_NAME;
        }
        return taken ? GoalsTab.DEFAULT_NAME : boardName;
    }

    private static boolean hasFormulas(List<BoardGoal> goals) {
        return goals.stream().flatMap(g -> g.cells().stream()).anyMatch(c -> c.formula() != null);
    }

    /** A new tab that prints landscape, one page wide: the board often reads it as PDF. */
    private static BoardSheet sheet(XSSFWorkbook workbook, BoardStyles styles, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return new BoardSheet(sheet, styles);
    }
}
