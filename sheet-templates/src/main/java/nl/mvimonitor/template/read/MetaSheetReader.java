package nl.mvimonitor.template.read;

import java.util.HashMap;
import java.util.Map;

import nl.mvimonitor.template.submission.RawCell;

/** Reads the very hidden {@code _meta} sheet: key in column A, value in column B. */
final class MetaSheetReader implements RowSink {

    /** The sheet has a handful of keys; anything past this is not template metadata. */
    private static final int MAX_ROWS = 100;

    private final Map<String, String> values = new HashMap<>();
    private String key;
    private String value;

    @Override
    public void startRow(int rowNumber) throws StopParsing {
        if (rowNumber > MAX_ROWS) {
            throw new StopParsing();
        }
        key = null;
        value = null;
    }

    @Override
    public boolean wants(int column) {
        return column <= 1;
    }

    @Override
    public void cell(RawCell cell) {
        if (cell.ref().column() == 0) {
            key = cell.text().trim();
        } else {
            value = cell.text().trim();
        }
    }

    @Override
    public void endRow(int rowNumber) {
        if (key != null && !key.isEmpty() && value != null && !value.isEmpty()) {
            values.putIfAbsent(key, value);
        }
    }

    @Override
    public void finish() {
        // nothing pending
    }

    Map<String, String> values() {
        return values;
    }
}
