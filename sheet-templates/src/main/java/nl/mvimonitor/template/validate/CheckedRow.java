package nl.mvimonitor.template.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.mvimonitor.template.submission.CellRef;

/**
 * One row after its cells were checked: the typed values that may be kept, where each cell is, and which cells
 * were filled (a filled cell may still have no value, when it was refused or held personal data).
 *
 * @param rowNumber 1-based row in the sheet
 * @param values    typed values by column key, in schema order
 * @param cells     cell of each column that could be located
 * @param filled    keys of the columns whose cell was not blank
 */
record CheckedRow(int rowNumber, Map<String, Object> values, Map<String, CellRef> cells, Set<String> filled) {

    CheckedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        cells = Map.copyOf(cells);
        filled = Set.copyOf(filled);
    }

    Object value(String key) {
        return values.get(key);
    }

    CellRef cell(String key) {
        return cells.get(key);
    }

    boolean isFilled(String key) {
        return filled.contains(key);
    }

    TypedRow typed() {
        return new TypedRow(rowNumber, values);
    }
}
