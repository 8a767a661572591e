package nl.mvimonitor.sync.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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

    /** Each tab's columns by key, looked up once here rather than searched for every row and value. */
    private final Map<String, TabColumns> tabs = new HashMap<>();

    RowCodec(TemplateSchema schema) {
        for (TabSchema tab : schema.tabs()) {
            tabs.put(tab.key(), new TabColumns(tab));
        }
    }

    String encode(String tabKey, TypedRow row) {
        TabColumns tab = tab(tabKey);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Object> value : row.values().entrySet()) {
            if (value.getValue() == null) {
                continue;
            }
            ColumnSchema column = tab.column(tab.index(value.getKey()));
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(column.key()).append('=');
            escape(format(tabKey, column, value.getValue()), text);
        }
        return text.toString();
    }

    /**
     * The row exactly as {@code decode(encode(row))} gives it, without the text in between: for outputs prepared
     * from a submission just stored, so they equal what a later read of the store would give.
     */
    TypedRow canonical(String tabKey, TypedRow row) {
        TabColumns tab = tab(tabKey);
        Object[] values = new Object[tab.size()];
        for (Map.Entry<String, Object> value : row.values().entrySet()) {
            if (value.getValue() == null) {
                continue;
            }
            int index = tab.index(value.getKey());
            ColumnSchema column = tab.column(index);
            String text = format(tabKey, column, value.getValue());
            // texts, dates and yes/no come back equal to what went in; numbers come back as their plain decimal
            values[index] = column.type().isNumeric() ? parse(column.type(), text) : value.getValue();
        }
        return new TypedRow(row.rowNumber(), tab.inSchemaOrder(values));
    }

    TypedRow decode(String tabKey, int rowNumber, String payload) {
        TabColumns tab = tab(tabKey);
        // by column position, so the row comes out in schema order whatever the order of the lines
        Object[] values = new Object[tab.size()];
        if (!payload.isEmpty()) {
            for (String line : payload.split("\n", -1)) {
                int equals = line.indexOf('=');
                int index = tab.index(line.substring(0, equals));
                values[index] = parse(tab.column(index).type(), unescape(line.substring(equals + 1)));
            }
        }
        return new TypedRow(rowNumber, tab.inSchemaOrder(values));
    }

    private TabColumns tab(String tabKey) {
        TabColumns tab = tabs.get(tabKey);
        if (tab == null) {
            throw new IllegalArgumentException("template has no tab " + tabKey);
        }
        return tab;
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

    /** The columns of one tab with their positions by key. */
    private static final class TabColumns {

        private final TabSchema tab;
        private final Map<String, Integer> indexByKey = new HashMap<>();

        TabColumns(TabSchema tab) {
            this.tab = tab;
            for (int i = 0; i < tab.columns().size(); i++) {
                indexByKey.put(tab.columns().get(i).key(), i);
            }
        }

        int size() {
            return tab.columns().size();
        }

        ColumnSchema column(int index) {
            return tab.columns().get(index);
        }

        int index(String columnKey) {
            Integer index = indexByKey.get(columnKey);
            if (index == null) {
                throw new IllegalArgumentException("tab " + tab.key() + " has no column " + columnKey);
            }
            return index;
        }

        /** The values present (not null), keyed by column, in schema order. */
        Map<String, Object> inSchemaOrder(Object[] values) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    ordered.put(column(i).key(), values[i]);
                }
            }
            return ordered;
        }
    }
}
