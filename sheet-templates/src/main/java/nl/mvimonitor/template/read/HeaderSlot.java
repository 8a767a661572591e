package nl.mvimonitor.template.read;

import nl.mvimonitor.template.submission.CellRef;

/**
 * One place a column can be found in a sheet: a column of a TABLE tab, or a field row of a FORM tab.
 *
 * @param position  column index (TABLE) or row number (FORM): what "moved" compares
 * @param key       text of the stable-key cell, "" when there is none
 * @param label     text of the label cell, "" when blank
 * @param labelCell the label cell: where findings about this column point
 */
record HeaderSlot(int position, String key, String label, CellRef labelCell) {

    HeaderSlot {
        key = key == null ? "" : key;
        label = label == null ? "" : label;
    }

    boolean isBlank() {
        return key.isBlank() && label.isBlank();
    }
}
