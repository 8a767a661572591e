package nl.mvimonitor.template.validate;

import java.util.List;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * A tab after its rows were checked, input for the cross rules and data-quality checks.
 *
 * @param schema    the tab in the template
 * @param submitted the tab as read
 * @param rows      checked rows (FORM tabs: exactly one)
 */
record CheckedTab(TabSchema schema, SubmittedTab submitted, List<CheckedRow> rows) {

    CheckedTab {
        rows = List.copyOf(rows);
    }

    /** The header cell of a column, for findings about the whole column; falls back to the tab's header. */
    CellRef columnCell(String key) {
        CellRef cell = submitted.columnCells().get(key);
        return cell != null ? cell : CellLocator.tabHeader(schema, submitted);
    }
}
