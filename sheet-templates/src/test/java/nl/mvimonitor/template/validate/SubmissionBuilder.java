package nl.mvimonitor.template.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.workbook.TemplateLayout;

/**
 * Builds {@link Submission}s the way the reader would, laid out as ADR 0001 and {@link TemplateLayout} say (FORM:
 * field n in C(n+2); TABLE: header row 2, data from row 3, columns in schema order). Rows here count from 1. Values: String is a text cell, Number a number
 * cell, LocalDate a date-formatted serial, Boolean an Excel TRUE/FALSE, {@link Raw} anything else; null clears.
 */
final class SubmissionBuilder {

    static final TemplateSchema SCHEMA = SchemaLoader.current();
    static final String PROJECT_ID = "P-2025-001";

    /** A cell spelled out: for error cells, serials with or without date format, numbers with their shown text. */
    record Raw(RawCell.Kind kind, String text, double number, boolean dateFormat) {
    }

    private WorkbookMetadata metadata = new WorkbookMetadata("mvi-project", 1, "Gemeente Voorbeeld", PROJECT_ID);
    private final Map<String, Map<String, Object>> forms = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> tables = new HashMap<>();
    private final Set<String> missingTabs = new HashSet<>();
    private final List<Finding> readerFindings = new ArrayList<>();

    private SubmissionBuilder() {
        for (TabSchema tab : SCHEMA.dataTabs()) {
            if (tab.layout() == TabLayout.FORM) {
                forms.put(tab.key(), new LinkedHashMap<>());
            } else {
                tables.put(tab.key(), new ArrayList<>());
            }
        }
    }

    /** Every tab present, nothing filled. */
    static SubmissionBuilder empty() {
        return new SubmissionBuilder();
    }

    /** A complete project in phase UITVOEREN that passes every check: tests change one thing at a time. */
    static SubmissionBuilder valid() {
        return empty()
                .form("Project", Map.ofEntries(
                        Map.entry("project_id", PROJECT_ID), Map.entry("projectnaam", "Herinrichting Stationsplein"),
                        Map.entry("organisatieonderdeel", "Ruimte"), Map.entry("fase", "UITVOEREN"),
                        Map.entry("opdrachtsoort", "werken"), Map.entry("cpv_code", "45233140-2"),
                        Map.entry("mvi_productgroep", "GWW"), Map.entry("geraamde_waarde", 1_250_000),
                        Map.entry("boven_eu_drempel", "ja"), Map.entry("procedure", "openbaar"),
                        Map.entry("eforms_strategisch", "env-imp - Milieu-impact verminderen"),
                        Map.entry("marktconsultatie", "nee"), Map.entry("tenderned_kenmerk", "123456"),
                        Map.entry("gunningsdatum", LocalDate.of(2024, 3, 12)), Map.entry("contractwaarde", 1_180_000),
                        Map.entry("looptijd_start", LocalDate.of(2024, 4, 1)),
                        Map.entry("looptijd_eind", LocalDate.of(2026, 3, 31)), Map.entry("leverancier_kvk", "12345678")))
                .row("Doelen", Map.of("doel_id", "D1", "thema", "KLI", "indicator", "Vermeden CO2-uitstoot",
                        "eenheid", "t CO2-eq", "referentiewaarde", 500, "doelwaarde", 350,
                        "peildatum", LocalDate.of(2026, 3, 31)))
                .row("Criteria", Map.of("criterium_id", "C1", "thema", "KLI - Klimaat (mitigatie)",
                        "bron", "criteriatool", "instrument", "gunningscriterium", "ambitieniveau", "2 - Significant",
                        "weging_pct", 30, "verificatie", "rapportage", "omschrijving", "CO2-arm materieel"))
                .row("Borging", Map.of("borging_id", "B1", "criterium_id", "C1", "type", "KPI", "norm", 350,
                        "eenheid", "t CO2-eq", "meetfrequentie", "jaar", "bewijs_vereist", "ja", "sanctie", "malus"))
                .row("Realisatie", Map.of("periode", "2025", "verwijzing", "B1", "thema", "KLI",
                        "indicator", "Vermeden CO2-uitstoot", "gepland", 175, "gerealiseerd", 160,
                        "eenheid", "t CO2-eq", "bron", "meting", "bewijs_ontvangen", "ja"));
    }

    static Raw error() {
        return new Raw(RawCell.Kind.ERROR, "#DEEL/0!", Double.NaN, false);
    }

    static Raw serial(double number, boolean dateFormat) {
        return new Raw(RawCell.Kind.NUMBER, Double.toString(number), number, dateFormat);
    }

    /** A number cell whose formatted text differs from the number, e.g. 0.125 shown as 12,5%. */
    static Raw shown(double number, String text) {
        return new Raw(RawCell.Kind.NUMBER, text, number, false);
    }

    SubmissionBuilder form(String tab, String column, Object value) {
        checkColumn(tab, column);
        if (value == null) {
            forms.get(tab).remove(column);
        } else {
            forms.get(tab).put(column, value);
        }
        return this;
    }

    SubmissionBuilder form(String tab, Map<String, Object> values) {
        values.forEach((column, value) -> form(tab, column, value));
        return this;
    }

    /** Adds a table row. */
    SubmissionBuilder row(String tab, Map<String, Object> values) {
        values.keySet().forEach(column -> checkColumn(tab, column));
        tables.get(tab).add(new LinkedHashMap<>(values));
        return this;
    }

    /** Sets one cell of the {@code index}-th (0-based) table row; null clears it. */
    SubmissionBuilder cell(String tab, int index, String column, Object value) {
        checkColumn(tab, column);
        Map<String, Object> row = tables.get(tab).get(index);
        if (value == null) {
            row.remove(column);
        } else {
            row.put(column, value);
        }
        return this;
    }

    /** Adds a copy of the {@code index}-th row with some cells changed. */
    SubmissionBuilder copyRow(String tab, int index, Map<String, Object> changes) {
        Map<String, Object> copy = new LinkedHashMap<>(tables.get(tab).get(index));
        copy.putAll(changes);
        return row(tab, copy);
    }

    SubmissionBuilder withoutRows(String tab) {
        tables.get(tab).clear();
        return this;
    }

    SubmissionBuilder withoutTab(String tab) {
        missingTabs.add(tab);
        return this;
    }

    SubmissionBuilder metadata(WorkbookMetadata metadata) {
        this.metadata = metadata;
        return this;
    }

    SubmissionBuilder readerFinding(Finding finding) {
        readerFindings.add(finding);
        return this;
    }

    Submission build() {
        Map<String, SubmittedTab> tabs = new LinkedHashMap<>();
        for (TabSchema tab : SCHEMA.dataTabs()) {
            if (!missingTabs.contains(tab.key())) {
                tabs.put(tab.key(), tab.layout() == TabLayout.FORM ? formTab(tab) : tableTab(tab));
            }
        }
        return new Submission("project.xlsx", metadata, tabs, readerFindings, false);
    }

    private SubmittedTab formTab(TabSchema tab) {
        Map<String, CellRef> labels = new HashMap<>();
        Map<String, RawCell> cells = new HashMap<>();
        for (int i = 0; i < tab.columns().size(); i++) {
            String key = tab.columns().get(i).key();
            int row = TemplateLayout.formRow(i) + 1;
            labels.put(key, new CellRef(tab.sheetName(), row, TemplateLayout.FORM_LABEL_COLUMN));
            Object value = forms.get(tab.key()).get(key);
            if (value != null) {
                cells.put(key, cell(new CellRef(tab.sheetName(), row, TemplateLayout.FORM_VALUE_COLUMN), value));
            }
        }
        int firstRow = TemplateLayout.formRow(0) + 1;
        List<SubmissionRow> rows = cells.isEmpty() ? List.of() : List.of(new SubmissionRow(tab.sheetName(), firstRow,
                cells));
        return new SubmittedTab(tab.key(), tab.sheetName(), labels, rows);
    }

    private SubmittedTab tableTab(TabSchema tab) {
        Map<String, CellRef> headers = new HashMap<>();
        for (int i = 0; i < tab.columns().size(); i++) {
            headers.put(tab.columns().get(i).key(), new CellRef(tab.sheetName(), TemplateLayout.TABLE_HEADER_ROW + 1, i));
        }
        List<SubmissionRow> rows = new ArrayList<>();
        List<Map<String, Object>> values = tables.get(tab.key());
        for (int r = 0; r < values.size(); r++) {
            int row = TemplateLayout.TABLE_FIRST_DATA_ROW + 1 + r;
            Map<String, RawCell> cells = new HashMap<>();
            for (Map.Entry<String, Object> e : values.get(r).entrySet()) {
                cells.put(e.getKey(), cell(new CellRef(tab.sheetName(), row, tab.indexOf(e.getKey())), e.getValue()));
            }
            rows.add(new SubmissionRow(tab.sheetName(), row, cells));
        }
        return new SubmittedTab(tab.key(), tab.sheetName(), headers, rows);
    }

    static RawCell cell(CellRef ref, Object value) {
        if (value instanceof String text) {
            return RawCell.text(ref, text);
        }
        if (value instanceof LocalDate date) {
            return RawCell.number(ref, ExcelDates.toSerial(date), true);
        }
        if (value instanceof Boolean b) {
            return new RawCell(ref, RawCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE", Double.NaN, false);
        }
        if (value instanceof Number n) {
            return RawCell.number(ref, n.doubleValue(), false);
        }
        if (value instanceof Raw raw) {
            return new RawCell(ref, raw.kind(), raw.text(), raw.number(), raw.dateFormat());
        }
        throw new IllegalArgumentException("no cell for " + value);
    }

    private static void checkColumn(String tab, String column) {
        SCHEMA.requireTab(tab).requireColumn(column);
    }
}
