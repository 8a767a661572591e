package nl.mvimonitor.template.workbook;

import java.time.LocalDate;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.ColumnType;
import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * Writes one value into an input cell, typed as {@link FilledData} describes: text always as a string cell (never a
 * formula), numbers as numeric cells, dates as date cells, booleans as "ja"/"nee".
 */
final class CellValues {

    static final String YES = "ja";
    static final String NO = "nee";

    private final WorkbookStyles styles;

    CellValues(WorkbookStyles styles) {
        this.styles = styles;
    }

    /**
     * Writes {@code value} (not null) into {@code cell}, an input cell of {@code column} on tab {@code tabKey}.
     *
     * @throws IllegalArgumentException for a value of another type; names the tab and column, never the value
     */
    void write(XSSFCell cell, String tabKey, ColumnSchema column, Object value) {
        ColumnType type = column.type();
        if (value instanceof String text) {
            writeText(cell, type, text);
        } else if (value instanceof Boolean yes) {
            writeText(cell, type, yes ? YES : NO);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.input(type));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.input(ColumnType.DATE));
        } else {
            throw new IllegalArgumentException("tab " + tabKey + ", column " + column.key()
                    + ": unsupported value type " + value.getClass().getName()
                    + " (use String, Number, LocalDate or Boolean)");
        }
    }

    /** Writes one record into {@code row}, each value in the column its key names; null values stay blank. */
    void writeRecord(XSSFRow row, TabSchema tab, Map<String, Object> record) {
        for (Map.Entry<String, Object> entry : record.entrySet()) {
            ColumnSchema column = tab.requireColumn(entry.getKey());
            if (entry.getValue() != null) {
                write(row.createCell(tab.indexOf(column.key())), tab.key(), column, entry.getValue());
            }
        }
    }

    private void writeText(XSSFCell cell, ColumnType type, String text) {
        // setCellValue(String) always makes a string cell; the quote prefix keeps Excel from reading it as a formula
        cell.setCellValue(text);
        cell.setCellStyle(SpreadsheetText.needsQuotePrefix(text) ? styles.quotedInput(type) : styles.input(type));
    }
}
