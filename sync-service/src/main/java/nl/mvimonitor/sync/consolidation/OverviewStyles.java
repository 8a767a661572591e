package nl.mvimonitor.sync.consolidation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import nl.mvimonitor.template.validate.SubmissionStatus;

/** The cell styles of the consolidated workbook, created once per workbook (POI keeps a limited style table). */
final class OverviewStyles {

    /** Dutch date format, as in the project sheets. */
    static final String DATE_FORMAT = "dd-mm-yyyy";
    static final String DATE_TIME_FORMAT = "dd-mm-yyyy hh:mm";
    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String DECIMAL_FORMAT = "#,##0.##";
    static final String INTEGER_FORMAT = "#,##0";
    /** Computed rates are written as fractions with Excel's own percent format. */
    static final String PERCENT_FORMAT = "0.0%";
    /** Years without a thousands separator. */
    static final String YEAR_FORMAT = "0";

    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle note;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle amount;
    final CellStyle decimal;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle year;
    final CellStyle totalLabel;
    private final Map<SubmissionStatus, CellStyle> status = new EnumMap<>(SubmissionStatus.class);

    OverviewStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        header = header(workbook);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        note = italic(workbook);
        date = formatted(workbook, formats, DATE_FORMAT);
        dateTime = formatted(workbook, formats, DATE_TIME_FORMAT);
        amount = formatted(workbook, formats, AMOUNT_FORMAT);
        decimal = formatted(workbook, formats, DECIMAL_FORMAT);
        integer = formatted(workbook, formats, INTEGER_FORMAT);
        percent = formatted(workbook, formats, PERCENT_FORMAT);
        year = formatted(workbook, formats, YEAR_FORMAT);
        totalLabel = bold(workbook);
        status.put(SubmissionStatus.OK, filled(workbook, IndexedColors.LIGHT_GREEN));
        status.put(SubmissionStatus.WAARSCHUWING, filled(workbook, IndexedColors.LIGHT_ORANGE));
        status.put(SubmissionStatus.FOUT, filled(workbook, IndexedColors.CORAL));
        status.put(SubmissionStatus.QUARANTAINE, filled(workbook, IndexedColors.GREY_40_PERCENT));
    }

    CellStyle status(SubmissionStatus value) {
        return status.get(value);
    }

    /** The style numbers rendered rows refer to, in a fixed order. */
    String indices() {
        StringBuilder indices = new StringBuilder();
        for (CellStyle style : List.of(header, text, quotedText, note, date, dateTime, amount, decimal, integer,
                percent, year, totalLabel)) {
            indices.append(style.getIndex()).append(',');
        }
        status.values().forEach(style -> indices.append(style.getIndex()).append(','));
        return indices.toString();
    }

    private static CellStyle header(Workbook workbook) {
        CellStyle style = filled(workbook, IndexedColors.GREY_25_PERCENT);
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle bold(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static CellStyle italic(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setItalic(true);
        style.setFont(font);
        return style;
    }

    private static CellStyle formatted(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private static CellStyle filled(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
