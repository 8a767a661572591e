package nl.mvimonitor.template.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values to write into a template, for sample data, demos and benchmarks: per tab key, rows of values by column key.
 * A FORM tab has at most one row. Values: {@link String} (always written as a text cell, even "1.234,56" or
 * "=1+1"), {@link Number} (numeric cell), {@link java.time.LocalDate} (date cell), {@link Boolean} (ja/nee).
 */
public record FilledData(Map<String, List<Map<String, Object>>> rows) {

    public FilledData {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        rows.forEach((tab, list) -> copy.put(tab, list.stream().map(FilledData::copyRow).toList()));
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Map<String, Object>> rows(String tabKey) {
        return rows.getOrDefault(tabKey, List.of());
    }

    private static Map<String, Object> copyRow(Map<String, Object> row) {
        // LinkedHashMap keeps insertion order and allows the null values a sample row may have
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }
}
