package nl.mvimonitor.template.validate;

import java.util.Map;
import java.util.Objects;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * One row after its cells were checked: the typed values that may be kept, and the row as read, which says where
 * each cell is and which cells were filled (a filled cell may still have no value, when it was refused or held
 * personal data). Cells are located only when asked: only a finding needs one.
 *
 * @param typed     typed values by column key, in schema order
 * @param tab       the tab in the template
 * @param submitted the tab as read
 * @param row       the row as read
 */
record CheckedRow(TypedRow typed, TabSchema tab, SubmittedTab submitted, SubmissionRow row) {

    CheckedRow {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(row, "row");
    }

    /** 1-based row in the sheet. */
    int rowNumber() {
        return typed.rowNumber();
    }

    Map<String, Object> values() {
        return typed.values();
    }

    Object value(String key) {
        return typed.values().get(key);
    }

    /** The cell of a column of this tab, or null when the reader did not bind the column. */
    CellRef cell(String key) {
        ColumnSchema column = tab.column(key).orElse(null);
        if (column == null) {
            return null;
        }
        RawCell raw = row.cells().get(key);
        return raw != null ? raw.ref() : CellLocator.locate(tab, submitted, row, column);
    }

    /** True when the cell of a column of this tab is not blank. */
    boolean isFilled(String key) {
        RawCell raw = row.cells().get(key);
        return raw != null && !raw.isBlank() && tab.indexOf(key) >= 0;
    }
}
