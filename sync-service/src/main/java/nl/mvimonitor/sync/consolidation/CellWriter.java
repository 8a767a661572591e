package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.workbook.SpreadsheetText;

/**
 * Writes typed values into cells of the consolidated workbook with the shared styles. Every text goes through
 * {@link #text}, so no sheet text can ever become a formula.
 */
final class CellWriter {

    /** Timestamps are shown in Dutch local time, whatever zone the server runs in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final TemplateSchema schema;
    private final OverviewStyles styles;

    CellWriter(TemplateSchema schema, OverviewStyles styles) {
        this.schema = schema;
        this.styles = styles;
    }

    OverviewStyles styles() {
        return styles;
    }

    void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(SpreadsheetText.needsQuotePrefix(value) ? styles.quotedText : styles.text);
    }

    void styledText(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    void integer(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer);
    }

    void year(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.year);
    }

    void date(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
    }

    void instant(Row row, int column, Instant value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZONE));
        cell.setCellStyle(styles.dateTime);
    }

    void status(Row row, int column, SubmissionStatus value) {
        styledText(row, column, value.name(), styles.status(value));
    }

    void yesNo(Row row, int column, boolean value) {
        text(row, column, value ? "ja" : "nee");
    }

    /** A value of a schema column, in the cell type and format its column type calls for. */
    void value(Row row, int column, ColumnSchema schemaColumn, Object value) {
        if (value instanceof BigDecimal number) {
            number(row, column, number, numberStyle(schemaColumn));
        } else if (value instanceof LocalDate day) {
            date(row, column, day);
        } else if (value instanceof Boolean flag) {
            yesNo(row, column, flag);
        } else if (value != null) {
            text(row, column, displayText(schemaColumn, value.toString()));
        }
    }

    /** Codes of lists that show labels become "code - label", so the overview reads without the lists tab. */
    String displayText(ColumnSchema schemaColumn, String value) {
        if (schemaColumn.codeList() == null) {
            return value;
        }
        CodeList list = schema.codeList(schemaColumn.codeList());
        if (!list.showLabels()) {
            return value;
        }
        return list.find(value).map(list::display).orElse(value);
    }

    private CellStyle numberStyle(ColumnSchema schemaColumn) {
        return switch (schemaColumn.type()) {
            case AMOUNT -> styles.amount;
            case INTEGER -> styles.integer;
            default -> styles.decimal;
        };
    }
}
