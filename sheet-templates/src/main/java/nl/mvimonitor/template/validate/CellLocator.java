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
import nl.mvimonitor.template.workbook.TemplateLayout;

/**
 * Finds the cell of an empty field, so a "required" finding can name it. Uses what the reader bound (the column's
 * header cell); only when the reader bound nothing on a FORM tab does it fall back to the layout of ADR 0001
 * ({@link TemplateLayout}).
 */
final class CellLocator {

    /** {@link TemplateLayout} counts rows from 0 as POI does; a {@link CellRef} counts them as Excel shows them. */
    private static final int EXCEL_ROW_OFFSET = 1;

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
            fieldRow = TemplateLayout.formRow(tab.indexOf(column.key())) + EXCEL_ROW_OFFSET;
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
        return new CellRef(submitted.sheetName(), TemplateLayout.TABLE_HEADER_ROW + EXCEL_ROW_OFFSET, 0);
    }

    /** The column most values of a form row are in: the form's value column. */
    private static int valueColumn(SubmissionRow row) {
        Map<Integer, Long> counts = row.cells().values().stream()
                .collect(Collectors.groupingBy(c -> c.ref().column(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(TemplateLayout.FORM_VALUE_COLUMN);
    }
}
