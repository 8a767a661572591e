package nl.mvimonitor.template.read;

/**
 * A sheet of the workbook with the zip part that holds its cells.
 *
 * @param name     sheet name as the team sees it
 * @param state    visible, hidden or veryHidden
 * @param partName zip part of the worksheet, or null when the workbook points nowhere
 */
record SheetPart(String name, String state, String partName) {

    boolean visible() {
        return "visible".equals(state);
    }
}
