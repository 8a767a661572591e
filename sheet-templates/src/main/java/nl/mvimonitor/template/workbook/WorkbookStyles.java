package nl.mvimonitor.template.workbook;

import java.util.EnumMap;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnType;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one template workbook, created once when the workbook is made and shared by every cell.
 * Input styles are unlocked (the only cells a team can edit on a protected sheet); all others stay locked.
 */
final class WorkbookStyles {

    /** Excel format codes; Dutch Excel shows them with Dutch separators (1.234,56). */
    static final String DATE_FORMAT = "dd-mm-yyyy";
    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String DECIMAL_FORMAT = "#,##0.##";
    static final String INTEGER_FORMAT = "#,##0";
    /** Text format: what a team types stays text (leading zeros of a KvK number, periods like 2025). */
    static final String TEXT_FORMAT = "@";

    private final Map<ColumnType, XSSFCellStyle> input = new EnumMap<>(ColumnType.class);
    private final Map<ColumnType, XSSFCellStyle> quotedInput = new EnumMap<>(ColumnType.class);
    private final XSSFCellStyle header;
    private final XSSFCellStyle key;
    private final XSSFCellStyle label;
    private final XSSFCellStyle help;
    private final XSSFCellStyle listValue;

    WorkbookStyles(XSSFWorkbook workbook) {
        XSSFDataFormat formats = workbook.createDataFormat();
        for (ColumnType type : ColumnType.values()) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setLocked(false);
            style.setDataFormat(formats.getFormat(formatOf(type)));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(type == ColumnType.LONG_TEXT);
            input.put(type, style);
            XSSFCellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(style);
            // Excel and LibreOffice then treat "=SUM(A1)" or "-5" in this cell as text, also after editing
            quoted.setQuotePrefixed(true);
            quotedInput.put(type, quoted);
        }
        header = workbook.createCellStyle();
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        key = workbook.createCellStyle();
        key.setDataFormat(formats.getFormat(TEXT_FORMAT));
        label = workbook.createCellStyle();
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        label.setFont(boldFont(workbook));
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setBorderBottom(BorderStyle.THIN);
        label.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        help = workbook.createCellStyle();
        help.setVerticalAlignment(VerticalAlignment.TOP);
        help.setWrapText(true);
        help.setFont(helpFont(workbook));
        listValue = workbook.createCellStyle();
        listValue.setDataFormat(formats.getFormat(TEXT_FORMAT));
        // list entries such as "+A1" (EN15804) are text, whatever they start with
        listValue.setQuotePrefixed(true);
    }

    /** The Excel number format of a column type. */
    static String formatOf(ColumnType type) {
        return switch (type) {
            case DATE -> DATE_FORMAT;
            case AMOUNT -> AMOUNT_FORMAT;
            case DECIMAL, PERCENT -> DECIMAL_FORMAT;
            case INTEGER -> INTEGER_FORMAT;
            case TEXT, LONG_TEXT, CODE, YES_NO, PERIOD -> TEXT_FORMAT;
        };
    }

    /** Unlocked input cell of a column of this type. */
    XSSFCellStyle input(ColumnType type) {
        return input.get(type);
    }

    /** Unlocked input cell whose text starts with =, +, - or @ and must stay text. */
    XSSFCellStyle quotedInput(ColumnType type) {
        return quotedInput.get(type);
    }

    /** Header cell of a Table; the Table style gives it colour. */
    XSSFCellStyle header() {
        return header;
    }

    /** Stable key cell (hidden row or column). */
    XSSFCellStyle key() {
        return key;
    }

    /** Field label on a FORM tab. */
    XSSFCellStyle label() {
        return label;
    }

    /** Help text on a FORM tab. */
    XSSFCellStyle help() {
        return help;
    }

    /** A value on the lists tab. */
    XSSFCellStyle listValue() {
        return listValue;
    }

    private static XSSFFont boldFont(XSSFWorkbook workbook) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        return font;
    }

    private static XSSFFont helpFont(XSSFWorkbook workbook) {
        XSSFFont font = workbook.createFont();
        font.setItalic(true);
        font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        return font;
    }
}
