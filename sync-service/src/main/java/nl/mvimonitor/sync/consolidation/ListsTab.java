package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Workbook;

import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.CrossRule;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * The Lijsten tab: the schema's code lists with their Dutch labels, then the rule codes the Validatie tab uses
 * with what they mean: the built-in codes and the schema's cross-field rules.
 */
final class ListsTab {

    static final String NAME = "Lijsten";
    static final String KIND_LIST = "Keuzelijst";
    static final String KIND_RULE = "Regel";

    private final TemplateSchema schema;
    private final CellWriter cells;

    ListsTab(TemplateSchema schema, CellWriter cells) {
        this.schema = schema;
        this.cells = cells;
    }

    void write(Workbook workbook) {
        List<Column> columns = List.of(
                new Column("Soort", 12),
                new Column("Lijst", 34),
                new Column("Code", 22),
                new Column("Omschrijving", 80),
                new Column("Ernst", 14));
        SheetTable table = new SheetTable(workbook, NAME, columns, cells.styles());
        for (String key : listOrder()) {
            CodeList list = schema.codeList(key);
            for (CodeList.Entry entry : list.entries()) {
                writeRow(new PoiCells(table.newRow()), KIND_LIST, list.labelNl(), entry.code(), entry.labelNl(), null);
            }
        }
        for (RuleCode rule : RuleCode.values()) {
            writeRow(new PoiCells(table.newRow()), KIND_RULE, "Regelcodes", rule.name(), rule.descriptionNl(), rule.severity().name());
        }
        for (CrossRule rule : schema.rules()) {
            writeRow(new PoiCells(table.newRow()), KIND_RULE, "Regelcodes", rule.code(), describe(rule), rule.severity());
        }
        table.finish();
    }

    private void writeRow(CellTarget row, String kind, String list, String code, String description, String severity) {
        cells.text(row, 0, kind);
        cells.text(row, 1, list);
        cells.text(row, 2, code);
        cells.text(row, 3, description);
        cells.text(row, 4, severity);
    }

    /** Lists in the order the template first uses them, then the unused ones by key: stable from run to run. */
    private Set<String> listOrder() {
        Set<String> order = new LinkedHashSet<>();
        for (TabSchema tab : schema.tabs()) {
            for (ColumnSchema column : tab.columns()) {
                if (column.codeList() != null) {
                    order.add(column.codeList());
                }
            }
        }
        order.addAll(new TreeSet<>(schema.codeLists().keySet()));
        return order;
    }

    /** The rule's message with its placeholders filled from the schema, e.g. the Dutch column labels. */
    private String describe(CrossRule rule) {
        TabSchema tab = schema.requireTab(rule.tab());
        Map<String, String> values = new HashMap<>();
        values.put("label", label(tab, rule.column()));
        values.put("otherLabel", label(tab, rule.otherColumn()));
        values.put("whenLabel", label(tab, rule.whenColumn()));
        values.put("values", String.join(", ", rule.whenValues()));
        values.put("limit", plain(rule.limit()));
        values.put("min", plain(rule.min()));
        values.put("max", plain(rule.max()));
        return tab.sheetName() + ": " + rule.message(values);
    }

    private static String label(TabSchema tab, String columnKey) {
        return columnKey == null ? "" : tab.column(columnKey).map(ColumnSchema::labelNl).orElse(columnKey);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
