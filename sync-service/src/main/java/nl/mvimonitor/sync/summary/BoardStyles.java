package nl.mvimonitor.sync.summary;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the board workbook, created once per workbook. The board's own cells keep their number
 * format; one style per distinct format is made on first use.
 */
final class BoardStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle computedHeader;
    final CellStyle note;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle quotedText;
    final CellStyle decimal;
    final CellStyle amount;
    final CellStyle integer;
    final CellStyle year;
    private final Map<RagStatus, CellStyle> rag = new EnumMap<>(RagStatus.class);
    private final Map<String, CellStyle> boardFormats = new HashMap<>();
    private final Workbook workbook;
    private final DataFormat formats;

    BoardStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        title = fonted(workbook.createCellStyle(), true, false, (short) 14);
        header = header(IndexedColors.GREY_25_PERCENT);
        // the computed columns of the Doelen tab stand out, so the board knows they are rewritten
        computedHeader = header(IndexedColors.LIGHT_TURQUOISE);
        note = fonted(workbook.createCellStyle(), false, true, (short) 0);
        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        decimal = formatted("#,##0.0");
        amount = formatted("#,##0");
        integer = formatted("#,##0");
        year = formatted("0");
        rag.put(RagStatus.GROEN, filled(IndexedColors.BRIGHT_GREEN));
        rag.put(RagStatus.ORANJE, filled(IndexedColors.LIGHT_ORANGE));
        rag.put(RagStatus.ROOD, filled(IndexedColors.RED));
        rag.put(RagStatus.GRIJS, filled(IndexedColors.GREY_40_PERCENT));
    }

    CellStyle rag(RagStatus status) {
        return rag.get(status);
    }

    /** The style for a board cell with this number format (null: General). */
    CellStyle boardFormat(String format) {
        if (format == null) {
            return text;
        }
        return boardFormats.computeIfAbsent(format, this::formatted);
    }

    /** The style for a KPI value: whole numbers for counts, one decimal otherwise. */
    CellStyle kpi(Kpi kpi) {
        return "aantal".equals(kpi.unit()) ? integer : decimal;
    }

    private CellStyle header(IndexedColors colour) {
        CellStyle style = fonted(filled(colour), true, false, (short) 0);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private CellStyle filled(IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private CellStyle fonted(CellStyle style, boolean bold, boolean italic, short points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        if (points > 0) {
            font.setFontHeightInPoints(points);
        }
        style.setFont(font);
        return style;
    }
}
