package nl.mvimonitor.template.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates the project sheet a team receives, from the template schema, in the layout of
 * {@code docs/adr/0001-template-workbook-layout.md}: Dutch labels with help comments, one Excel Table per data tab,
 * dropdowns from the very hidden lists tab, protected labels and keys with unlocked input cells, light yellow marks
 * on missing required cells, and the template's identity in {@code _meta} and the custom document properties.
 *
 * <p>Thread-safe: every call builds its own workbook. The output stream is written to but not closed.
 */
public final class TemplateWorkbookWriter {

    private final TemplateSchema schema;
    private final Clock clock;
    private final Optional<ColumnSchema> phaseField;

    public TemplateWorkbookWriter(TemplateSchema schema) {
        this(schema, Clock.systemUTC());
    }

    /** With a clock for the {@code generated_at} metadata, so tests and demo data can be reproducible. */
    public TemplateWorkbookWriter(TemplateSchema schema, Clock clock) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.phaseField = phaseTab().map(tab -> tab.requireColumn(TemplateLayout.PHASE_FIELD_KEY));
    }

    /** The blank template, pre-filled with the project (prefill may be {@link ProjectPrefill#blank()}). */
    public void writeTemplate(ProjectPrefill prefill, OutputStream out) throws IOException {
        write(prefill, new FilledData(Map.of()), out);
    }

    /**
     * The template with data typed in, as a team would: for demo data, tests and benchmarks. Values follow the
     * {@link FilledData} javadoc; the data overrides the prefill where both name a field.
     *
     * @throws IllegalArgumentException for an unknown tab or column key, naming both, or an unsupported value type
     */
    public void writeFilled(ProjectPrefill prefill, FilledData data, OutputStream out) throws IOException {
        write(prefill, data, out);
    }

    private void write(ProjectPrefill prefill, FilledData data, OutputStream out) throws IOException {
        Objects.requireNonNull(prefill, "prefill");
        checkTabs(data);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (TabSchema tab : schema.tabs()) {
                printOnePageWide(workbook.createSheet(tab.sheetName()));
            }
            XSSFSheet lists = workbook.createSheet(TemplateSchema.LISTS_SHEET);
            XSSFSheet meta = workbook.createSheet(TemplateSchema.META_SHEET);
            ListsTab.write(workbook, lists, schema, styles);
            namePhaseCell(workbook);
            writeTabs(workbook, styles, prefill, data);
            Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            MetadataTab.write(workbook, meta, schema, prefill, generatedAt, styles);
            hide(workbook, lists);
            hide(workbook, meta);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            SheetGuard.protectStructure(workbook);
            workbook.write(out);
        }
    }

    private void writeTabs(XSSFWorkbook workbook, WorkbookStyles styles, ProjectPrefill prefill, FilledData data) {
        CellValues values = new CellValues(styles);
        ColumnWidths widths = new ColumnWidths(schema);
        RequiredMarks marks = new RequiredMarks(schema, phaseField);
        TableTab tables = new TableTab(styles, values, widths, marks);
        FormTab forms = new FormTab(styles, values, widths, marks);
        ServiceTab services = new ServiceTab(styles, values, widths);
        for (TabSchema tab : schema.tabs()) {
            XSSFSheet sheet = workbook.getSheet(tab.sheetName());
            List<Map<String, Object>> rows = data.rows(tab.key());
            switch (tab.layout()) {
                case TABLE -> tables.write(sheet, tab, rows);
                case FORM -> forms.write(sheet, tab, prefill, rows);
                case SERVICE -> services.write(sheet, tab, rows);
            }
        }
    }

    private void checkTabs(FilledData data) {
        for (String tabKey : data.rows().keySet()) {
            if (schema.tab(tabKey).isEmpty()) {
                throw new IllegalArgumentException("template " + schema.templateId() + " v" + schema.version()
                        + " has no tab " + tabKey);
            }
        }
    }

    /** The FORM tab with the phase field (Project), if the template has one. */
    private Optional<TabSchema> phaseTab() {
        return schema.tabs().stream()
                .filter(tab -> tab.layout() == TabLayout.FORM)
                .filter(tab -> tab.column(TemplateLayout.PHASE_FIELD_KEY).isPresent())
                .findFirst();
    }

    private void namePhaseCell(XSSFWorkbook workbook) {
        phaseTab().ifPresent(tab -> {
            int row = TemplateLayout.formRow(tab.indexOf(TemplateLayout.PHASE_FIELD_KEY));
            CellReference cell = new CellReference(tab.sheetName(), row, TemplateLayout.FORM_VALUE_COLUMN, true, true);
            XSSFName name = workbook.createName();
            name.setNameName(TemplateLayout.PHASE_CELL_NAME);
            name.setRefersToFormula(cell.formatAsString());
        });
    }

    /** Teams print their sheet for meetings: landscape, all columns on one page width. */
    private static void printOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void hide(XSSFWorkbook workbook, XSSFSheet sheet) {
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
