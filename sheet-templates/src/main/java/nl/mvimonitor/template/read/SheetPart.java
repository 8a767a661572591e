package nl.mvimonitor.template.read;

/**
 * A sheet of the workbook with the zip part that holds its cells.
 *
 * @param name     sheet name as it is in the file, for binding; show {@link #shownName()} instead
 * @param state    visible, hidden or veryHidden
 * @param partName zip part of the worksheet, or null when the workbook points nowhere
 */
record SheetPart(String name, String state, String partName) {

    /** The name as findings, messages and cell references show it. */
    String shownName() {
        return TabNames.shown(name);
    }

    boolean visible() {
        return "visible".equals(state);
    }
}
