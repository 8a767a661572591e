package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import nl.mvimonitor.sync.consolidation.SmallCounts;
import nl.mvimonitor.template.workbook.SpreadsheetText;

/** Writes cells into one tab of the board workbook; all text goes through the formula guard. */
final class BoardSheet {

    private static final float LINE_POINTS = 15f;

    private final XSSFSheet sheet;
    private final BoardStyles styles;

    BoardSheet(XSSFSheet sheet, BoardStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    BoardStyles styles() {
        return styles;
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** A header row with column widths in characters; the rows above it and it stay frozen. */
    void header(int rowIndex, List<String> labels, List<Integer> widths) {
        headerCells(rowIndex, labels, widths);
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** Header cells without freezing, for a second table lower on a tab. */
    void headerCells(int rowIndex, List<String> labels, List<Integer> widths) {
        Row row = row(rowIndex);
        for (int i = 0; i < labels.size(); i++) {
            styled(row, i, labels.get(i), styles.header);
            sheet.setColumnWidth(i, widths.get(i) * 256);
            // bold letters are about a fifth wider
            fitHeight(row, labels.get(i), widths.get(i) * 5 / 6);
        }
    }

    /** Wrapped text, with the row made tall enough for it (rows written by POI do not grow by themselves). */
    void wrapped(Row row, int column, String value, int widthChars) {
        styled(row, column, value, styles.wrapped);
        fitHeight(row, value, widthChars);
    }

    private void fitHeight(Row row, String text, int widthChars) {
        int lines = Math.max(1, (text.length() + widthChars - 1) / widthChars);
        float needed = lines * LINE_POINTS;
        if (row.getHeightInPoints() < needed) {
            row.setHeightInPoints(needed);
        }
    }

    void filter(int headerRow, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow + 1, lastRow), 0, columns - 1));
    }

    void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            styled(row, column, value, SpreadsheetText.needsQuotePrefix(value) ? styles.quotedText : styles.text);
        }
    }

    void styled(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    void number(Row row, int column, Optional<BigDecimal> value, CellStyle style) {
        value.ifPresent(v -> number(row, column, v, style));
    }

    void integer(Row row, int column, long value) {
        number(row, column, BigDecimal.valueOf(value), styles.integer);
    }

    void year(Row row, int column, int value) {
        number(row, column, BigDecimal.valueOf(value), styles.year);
    }

    /** A KPI value in its style; counts of people from 1 to 4 become "<5". */
    void kpi(Row row, int column, Kpi kpi, BigDecimal value) {
        if (value == null) {
            return;
        }
        Optional<String> masked = kpi.countsPeople() ? SmallCounts.mask(value) : Optional.empty();
        if (masked.isPresent()) {
            styled(row, column, masked.get(), styles.text);
        } else {
            number(row, column, value, styles.kpi(kpi));
        }
    }

    /**
     * A cell the board typed, written back with the same value type and number format; a formula as the formula with
     * its last value, unless it refers to something this workbook lacks (see {@link BoardFormulas}).
     */
    void boardCell(Row row, int column, BoardCell typed) {
        Object value = typed.value();
        CellStyle style = styles.boardFormat(typed.dataFormat());
        if (typed.formula() != null && BoardFormulas.canKeep(sheet, typed.formula())) {
            Cell cell = row.createCell(column);
            cell.setCellFormula(typed.formula());
            setValue(cell, value);
            cell.setCellStyle(style);
            return;
        }
        if (value instanceof String text) {
            styled(row, column, text, SpreadsheetText.needsQuotePrefix(text) ? styles.quotedText : style);
            return;
        }
        Cell cell = row.createCell(column);
        setValue(cell, value);
        cell.setCellStyle(style);
    }

    /** Sets the value of a plain cell, or the cached value of a formula cell. */
    private static void setValue(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
        }
    }

    void rag(Row row, int column, RagStatus status) {
        styled(row, column, status.name(), styles.rag(status));
    }
}
