package nl.mvimonitor.template.read;

import java.util.Map;

import nl.mvimonitor.template.submission.RawCell;

/**
 * The bound cells of the data row being read, collected in a reusable array by column and turned into an immutable
 * map once per row (which {@code SubmissionRow} then keeps without copying).
 */
final class BoundRow {

    private final String[] keyByColumn;
    private final RawCell[] cells;
    private int filled;

    /** @param keyByColumn column key per sheet column index, null where no column is bound */
    BoundRow(String[] keyByColumn) {
        this.keyByColumn = keyByColumn;
        this.cells = new RawCell[keyByColumn.length];
    }

    boolean isBound(int column) {
        return column < keyByColumn.length && keyByColumn[column] != null;
    }

    /** Keeps a non-blank cell of a bound column; blank cells do not make a row. */
    void add(RawCell cell) {
        int column = cell.ref().column();
        if (isBound(column) && !cell.isBlank()) {
            if (cells[column] == null) {
                filled++;
            }
            cells[column] = cell;
        }
    }

    boolean isEmpty() {
        return filled == 0;
    }

    /** The row's cells by column key; clears the row for the next one. */
    Map<String, RawCell> take() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map.Entry<String, RawCell>[] entries = new Map.Entry[filled];
        int n = 0;
        for (int column = 0; column < cells.length && n < filled; column++) {
            if (cells[column] != null) {
                entries[n++] = Map.entry(keyByColumn[column], cells[column]);
                cells[column] = null;
            }
        }
        filled = 0;
        return Map.ofEntries(entries);
    }

    void clear() {
        java.util.Arrays.fill(cells, null);
        filled = 0;
    }
}
