package nl.mvimonitor.template.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One tab of the template.
 *
 * @param key              stable key (also the default sheet name), e.g. {@code Criteria}
 * @param sheetName        Dutch sheet name as shown in Excel
 * @param labelEn          English name
 * @param layout           form, table or service-written
 * @param tableName        name of the Excel Table on this tab
 * @param minRows          rows required in every phase
 * @param minRowsFromPhase phase from which at least one row is required, or null
 * @param maxRows          most data rows accepted (a larger tab is a finding, not a crash)
 * @param helpNl           Dutch explanation shown at the top of the tab
 * @param aliases          older sheet names that also bind to this tab
 * @param columns          fields in template order
 */
public record TabSchema(
        String key,
        String sheetName,
        String labelEn,
        TabLayout layout,
        String tableName,
        int minRows,
        Phase minRowsFromPhase,
        int maxRows,
        String helpNl,
        List<String> aliases,
        List<ColumnSchema> columns) {

    public TabSchema {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(layout, "layout");
        sheetName = sheetName == null ? key : sheetName;
        labelEn = labelEn == null ? sheetName : labelEn;
        tableName = tableName == null ? "tbl" + key : tableName;
        helpNl = helpNl == null ? "" : helpNl;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        columns = List.copyOf(columns);
        if (maxRows <= 0) {
            maxRows = layout == TabLayout.FORM ? 1 : 100_000;
        }
    }

    public Optional<ColumnSchema> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    /** The column, or an exception naming the tab: for code that relies on the schema. */
    public ColumnSchema requireColumn(String columnKey) {
        return column(columnKey).orElseThrow(
                () -> new IllegalArgumentException("tab " + key + " has no column " + columnKey));
    }

    public int indexOf(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isDataTab() {
        return layout != TabLayout.SERVICE;
    }
}
