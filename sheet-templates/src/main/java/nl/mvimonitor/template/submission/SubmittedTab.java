package nl.mvimonitor.template.submission;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One tab as read from a submission.
 *
 * @param tabKey        schema key of the tab
 * @param sheetName     sheet name as found in the workbook (may differ from the template after a rename)
 * @param columnCells   for each bound column key, the column's header cell, for findings on a whole column
 * @param rows          non-blank data rows in sheet order
 */
public record SubmittedTab(String tabKey, String sheetName, Map<String, CellRef> columnCells, List<SubmissionRow> rows) {

    public SubmittedTab {
        Objects.requireNonNull(tabKey, "tabKey");
        Objects.requireNonNull(sheetName, "sheetName");
        columnCells = Map.copyOf(columnCells);
        rows = List.copyOf(rows);
    }

    /** For FORM tabs: the single record, or an empty row when the form is blank. */
    public SubmissionRow single() {
        return rows.isEmpty() ? new SubmissionRow(sheetName, 1, Map.of()) : rows.get(0);
    }
}
