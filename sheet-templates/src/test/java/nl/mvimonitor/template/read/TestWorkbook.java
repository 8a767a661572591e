package nl.mvimonitor.template.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Builds project sheets for tests with XSSF, following docs/adr/0001 (not the real template writer): TABLE tabs with
 * keys in row 1, labels in row 2, data from row 3; FORM tabs with key, label, value from row 2; {@code _meta} and
 * {@code _lijsten} very hidden. Edits (relabel, move, insert, delete, rename) mimic what teams do to a sheet.
 */
final class TestWorkbook {

    static final TemplateSchema SCHEMA = SchemaLoader.current();

    /** A column or field as it will be written; a null key leaves the key cell empty (an inserted column). */
    private record Column(String key, String label) {
    }

    private static final class Tab {
        private String sheetName;
        private final TabSchema schema;
        private final List<Column> columns = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private boolean keys = true;
        private boolean blankKeys;

        private Tab(TabSchema schema) {
            this.schema = schema;
            this.sheetName = schema.sheetName();
            schema.columns().forEach(c -> columns.add(new Column(c.key(), c.labelNl())));
        }

        private int indexOf(String key) {
            for (int i = 0; i < columns.size(); i++) {
                if (key.equals(columns.get(i).key())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + key + " in " + schema.key());
        }
    }

    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final List<String> extraSheets = new ArrayList<>();
    private final List<String> hiddenSheets = new ArrayList<>();
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
    private boolean date1904;

    private TestWorkbook() {
        SCHEMA.tabs().forEach(t -> tabs.put(t.key(), new Tab(t)));
        meta.put("template_id", SCHEMA.templateId());
        meta.put("template_version", String.valueOf(SCHEMA.version()));
        meta.put("organisation", "Waterschap De Vliet");
        meta.put("project_id", "P-2025-001");
    }

    /** A blank template with metadata. */
    static TestWorkbook template() {
        return new TestWorkbook();
    }

    /** Adds a data row to a TABLE tab, or sets the values of a FORM tab: key, value, key, value, ... */
    TestWorkbook row(String tab, Object... keyValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        Tab t = tabs.get(tab);
        if (t.schema.layout() == TabLayout.FORM && !t.rows.isEmpty()) {
            t.rows.get(0).putAll(row);
        } else {
            t.rows.add(row);
        }
        return this;
    }

    TestWorkbook relabel(String tab, String key, String label) {
        Tab t = tabs.get(tab);
        t.columns.set(t.indexOf(key), new Column(key, label));
        return this;
    }

    /** Replaces the stable key of a column, e.g. by "" as if the key cell were cleared. */
    TestWorkbook rekey(String tab, String key, String newKey) {
        Tab t = tabs.get(tab);
        int index = t.indexOf(key);
        t.columns.set(index, new Column(newKey, t.columns.get(index).label()));
        t.rows.forEach(r -> r.put(newKey, r.remove(key)));
        return this;
    }

    TestWorkbook move(String tab, String key, int newIndex) {
        Tab t = tabs.get(tab);
        t.columns.add(newIndex, t.columns.remove(t.indexOf(key)));
        return this;
    }

    /** Inserts a column the template does not have; its rows are filled through {@code row(tab, label, value)}. */
    TestWorkbook insert(String tab, int index, String label) {
        tabs.get(tab).columns.add(index, new Column(null, label));
        return this;
    }

    TestWorkbook remove(String tab, String key) {
        Tab t = tabs.get(tab);
        t.columns.remove(t.indexOf(key));
        return this;
    }

    TestWorkbook renameSheet(String tab, String name) {
        tabs.get(tab).sheetName = name;
        return this;
    }

    TestWorkbook removeSheet(String tab) {
        tabs.remove(tab);
        return this;
    }

    /** Deletes the hidden key row of a TABLE tab (labels move to row 1), or the key column of a FORM tab. */
    TestWorkbook withoutKeys(String tab) {
        tabs.get(tab).keys = false;
        return this;
    }

    /** Empties the key cells of a TABLE tab's key row, keeping the (hidden) row itself. */
    TestWorkbook clearKeys(String tab) {
        tabs.get(tab).blankKeys = true;
        return this;
    }

    TestWorkbook extraSheet(String name) {
        extraSheets.add(name);
        return this;
    }

    /** Sets one cell after the layout is written, e.g. a value typed outside the template's cells. */
    TestWorkbook cell(String sheetName, String a1, Object value) {
        cells.computeIfAbsent(sheetName, s -> new LinkedHashMap<>()).put(a1, value);
        return this;
    }

    /** A sheet of the team's own, hidden. */
    TestWorkbook hiddenSheet(String name) {
        hiddenSheets.add(name);
        return this;
    }

    TestWorkbook date1904() {
        date1904 = true;
        return this;
    }

    TestWorkbook meta(String key, String value) {
        if (value == null) {
            meta.remove(key);
        } else {
            meta.put(key, value);
        }
        return this;
    }

    TestWorkbook property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    byte[] toBytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (date1904) {
                var ct = workbook.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            for (Tab tab : tabs.values()) {
                write(workbook.createSheet(tab.sheetName), tab, dateStyle);
            }
            extraSheets.forEach(name -> workbook.createSheet(name).createRow(0).createCell(0).setCellValue("notitie"));
            for (String name : hiddenSheets) {
                workbook.createSheet(name).createRow(0).createCell(0).setCellValue("verborgen");
                workbook.setSheetVisibility(workbook.getSheetIndex(name), SheetVisibility.HIDDEN);
            }
            cells.forEach((sheet, values) -> values.forEach((a1, value) -> setValue(workbook.getSheet(sheet), a1,
                    value, dateStyle)));
            writeHidden(workbook);
            properties.forEach((name, value) -> workbook.getProperties().getCustomProperties().addProperty(name, value));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Sheet sheet, Tab tab, CellStyle dateStyle) {
        switch (tab.schema.layout()) {
            case TABLE -> writeTable(sheet, tab, dateStyle);
            case FORM -> writeForm(sheet, tab, dateStyle);
            case SERVICE -> writeTexts(sheet.createRow(0), 0, tab.columns.stream().map(Column::label).toList());
        }
    }

    private static void writeTable(Sheet sheet, Tab tab, CellStyle dateStyle) {
        int rowIndex = 0;
        if (tab.keys) {
            Row keyRow = sheet.createRow(rowIndex++);
            keyRow.setZeroHeight(true);
            writeTexts(keyRow, 0, tab.columns.stream().map(c -> c.key() == null || tab.blankKeys ? "" : c.key())
                    .toList());
        }
        writeTexts(sheet.createRow(rowIndex++), 0, tab.columns.stream().map(Column::label).toList());
        for (Map<String, Object> values : tab.rows) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < tab.columns.size(); c++) {
                Column column = tab.columns.get(c);
                Object value = values.get(column.key() != null ? column.key() : column.label());
                setValue(row, c, value, dateStyle);
            }
        }
    }

    private static void writeForm(Sheet sheet, Tab tab, CellStyle dateStyle) {
        int shift = tab.keys ? 0 : 1;
        writeTexts(sheet.createRow(0), 0, tab.keys ? List.of("Sleutel", "Veld", "Waarde", "Toelichting")
                : List.of("Veld", "Waarde", "Toelichting"));
        Map<String, Object> values = tab.rows.isEmpty() ? Map.of() : tab.rows.get(0);
        for (int i = 0; i < tab.columns.size(); i++) {
            Column column = tab.columns.get(i);
            Row row = sheet.createRow(i + 1);
            if (tab.keys) {
                row.createCell(0).setCellValue(column.key() == null ? "" : column.key());
            }
            row.createCell(1 - shift).setCellValue(column.label());
            setValue(row, 2 - shift, values.get(column.key() != null ? column.key() : column.label()), dateStyle);
        }
    }

    private void writeHidden(XSSFWorkbook workbook) {
        Sheet lists = workbook.createSheet(TemplateSchema.LISTS_SHEET);
        lists.createRow(0).createCell(0).setCellValue("themas");
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
        if (meta.isEmpty()) {
            return;
        }
        Sheet sheet = workbook.createSheet(TemplateSchema.META_SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            writeTexts(sheet.createRow(r++), 0, List.of(e.getKey(), e.getValue()));
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void writeTexts(Row row, int from, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            row.createCell(from + i).setCellValue(texts.get(i));
        }
    }

    private static void setValue(Sheet sheet, String a1, Object value, CellStyle dateStyle) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        setValue(row, ref.getCol(), value, dateStyle);
    }

    private static void setValue(Row row, int column, Object value, CellStyle dateStyle) {
        if (value instanceof String s) {
            row.createCell(column).setCellValue(s);
        } else if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            row.createCell(column).setCellValue(d);
            row.getCell(column).setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            row.createCell(column).setCellValue(b);
        }
    }

    /** Column keys of a tab in schema order, for assertions. */
    static List<String> keys(String tab) {
        return SCHEMA.requireTab(tab).columns().stream().map(ColumnSchema::key).toList();
    }
}
