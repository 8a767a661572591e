package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;

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

    void text(CellTarget row, int column, String value) {
        if (value == null) {
            return;
        }
        row.text(column, value, SpreadsheetText.needsQuotePrefix(value) ? styles.quotedText : styles.text);
    }

    void styledText(CellTarget row, int column, String value, CellStyle style) {
        row.text(column, value, style);
    }

    void number(CellTarget row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        row.number(column, value.doubleValue(), style);
    }

    void integer(CellTarget row, int column, long value) {
        row.number(column, value, styles.integer);
    }

    void year(CellTarget row, int column, int value) {
        row.number(column, value, styles.year);
    }

    /** Dates as Excel serial numbers (1900 date system), as POI's {@code setCellValue(LocalDate)} stores them. */
    void date(CellTarget row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        row.number(column, DateUtil.getExcelDate(value.atStartOfDay(), false), styles.date);
    }

    void instant(CellTarget row, int column, Instant value) {
        if (value == null) {
            return;
        }
        row.number(column, DateUtil.getExcelDate(LocalDateTime.ofInstant(value, ZONE), false), styles.dateTime);
    }

    void status(CellTarget row, int column, SubmissionStatus value) {
        styledText(row, column, value.name(), styles.status(value));
    }

    void yesNo(CellTarget row, int column, boolean value) {
        text(row, column, value ? "ja" : "nee");
    }

    /** A value of a schema column, in the cell type and format its column type calls for. */
    void value(CellTarget row, int column, ColumnSchema schemaColumn, Object value) {
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
