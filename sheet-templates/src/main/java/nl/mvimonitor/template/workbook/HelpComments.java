package nl.mvimonitor.template.workbook;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Dutch help texts as cell comments (shown when a team hovers over a header cell). */
final class HelpComments {

    private static final String AUTHOR = "MVI-monitor";
    private static final int BOX_COLUMNS = 4;
    private static final int CHARS_PER_LINE = 45;

    private final XSSFDrawing drawing;

    HelpComments(XSSFSheet sheet) {
        this.drawing = sheet.createDrawingPatriarch();
    }

    /** Attaches {@code text} to {@code cell}; blank text adds nothing. */
    void add(XSSFCell cell, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        int lines = 2 + text.length() / CHARS_PER_LINE;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                cell.getColumnIndex() + 1, cell.getRowIndex(),
                cell.getColumnIndex() + 1 + BOX_COLUMNS, cell.getRowIndex() + lines);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /** The help of a tab and of its first column, as one comment text. */
    static String join(String tabHelp, String columnHelp) {
        if (tabHelp.isBlank()) {
            return columnHelp;
        }
        return columnHelp.isBlank() ? tabHelp : tabHelp + "\n\n" + columnHelp;
    }
}
