package nl.mvimonitor.sync.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.ColumnType;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * Encodes the values of a {@link TypedRow} as compact text, one {@code key=value} line per filled value, and back.
 * The schema's column type says how a value is written and read: text as is, numbers as plain decimals, dates as
 * ISO dates, ja/nee as true/false. Backslash, CR and LF in values are escaped so a line is always one value.
 */
final class RowCodec {

    private final TemplateSchema schema;

    RowCodec(TemplateSchema schema) {
        this.schema = schema;
    }

    String encode(String tabKey, TypedRow row) {
        TabSchema tab = schema.requireTab(tabKey);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> value : row.values().entrySet()) {
            if (value.getValue() == null) {
                continue;
            }
            ColumnSchema column = tab.requireColumn(value.getKey());
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(column.key()).append('=');
            escape(format(tabKey, column, value.getValue()), text);
        }
        return text.toString();
    }

    TypedRow decode(String tabKey, int rowNumber, String payload) {
        TabSchema tab = schema.requireTab(tabKey);
        Map<String, Object> values = new LinkedHashMap<>();
        if (!payload.isEmpty()) {
            for (String line : payload.split("\n", -1)) {
                int equals = line.indexOf('=');
                ColumnSchema column = tab.requireColumn(line.substring(0, equals));
                values.put(column.key(), parse(column.type(), unescape(line.substring(equals + 1))));
            }
        }
        return new TypedRow(rowNumber, inSchemaOrder(tab, values));
    }

    private static Map<String, Object> inSchemaOrder(TabSchema tab, Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ColumnSchema column : tab.columns()) {
            if (values.containsKey(column.key())) {
                ordered.put(column.key(), values.get(column.key()));
            }
        }
        return ordered;
    }

    private static String format(String tabKey, ColumnSchema column, Object value) {
        ColumnType type = column.type();
        if (type.isNumeric() && value instanceof Number number) {
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            return decimal.toPlainString();
        }
        if (type == ColumnType.DATE && value instanceof LocalDate date) {
            return date.toString();
        }
        if (type == ColumnType.YES_NO && value instanceof Boolean bool) {
            return bool.toString();
        }
        if (!type.isNumeric() && type != ColumnType.DATE && type != ColumnType.YES_NO && value instanceof String s) {
            return s;
        }
        // names the column and the Java type only: the value itself may be personal data
        throw new IllegalArgumentException("column " + tabKey + "." + column.key() + " of type " + type
                + " cannot hold a " + value.getClass().getSimpleName());
    }

    private static Object parse(ColumnType type, String text) {
        if (type.isNumeric()) {
            return new BigDecimal(text);
        }
        return switch (type) {
            case DATE -> LocalDate.parse(text);
            case YES_NO -> Boolean.valueOf(text);
            default -> text;
        };
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
