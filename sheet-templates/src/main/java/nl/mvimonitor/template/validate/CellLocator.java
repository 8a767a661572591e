package nl.mvimonitor.template.validate;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * Finds the cell of an empty field, so a "required" finding can name it. Uses what the reader bound (the column's
 * header cell); only when the reader bound nothing on a FORM tab does it fall back to the layout of ADR 0001.
 */
final class CellLocator {

    /** ADR 0001: on a FORM tab, field n (0-based, schema order) is in row n + 2, its value in column C. */
    private static final int FORM_FIRST_FIELD_ROW = 2;
    private static final int FORM_VALUE_COLUMN = 2;
    /** ADR 0001: the header row of a TABLE tab. */
    private static final int TABLE_HEADER_ROW = 2;

    private CellLocator() {
    }

    /** The cell of {@code column} in {@code row}, or null when the reader did not bind the column. */
    static CellRef locate(TabSchema tab, SubmittedTab submitted, SubmissionRow row, ColumnSchema column) {
        CellRef header = submitted.columnCells().get(column.key());
        if (tab.layout() != TabLayout.FORM) {
            return header == null ? null : new CellRef(submitted.sheetName(), row.rowNumber(), header.column());
        }
        int fieldRow;
        if (header != null) {
            fieldRow = header.row();
        } else if (submitted.columnCells().isEmpty()) {
            fieldRow = tab.indexOf(column.key()) + FORM_FIRST_FIELD_ROW;
        } else {
            return null;
        }
        return new CellRef(submitted.sheetName(), fieldRow, valueColumn(row));
    }

    /** The header cell of the tab: the first bound column's header, else A2. */
    static CellRef tabHeader(TabSchema tab, SubmittedTab submitted) {
        for (ColumnSchema column : tab.columns()) {
            CellRef cell = submitted.columnCells().get(column.key());
            if (cell != null) {
                return cell;
            }
        }
        return new CellRef(submitted.sheetName(), TABLE_HEADER_ROW, 0);
    }

    /** The column most values of a form row are in: the form's value column. */
    private static int valueColumn(SubmissionRow row) {
        Map<Integer, Long> counts = row.cells().values().stream()
                .collect(Collectors.groupingBy(c -> c.ref().column(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(FORM_VALUE_COLUMN);
    }
}
