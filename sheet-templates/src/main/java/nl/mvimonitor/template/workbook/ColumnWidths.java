package nl.mvimonitor.template.workbook;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Column widths from the schema, in characters: wide enough for the label, the dropdown texts or a typical
 * value, without measuring cells (autosizing is far too slow for thousands of generated workbooks).
 */
final class ColumnWidths {

    private static final int MIN = 10;
    private static final int MAX = 50;
    private static final int LONG_TEXT = 45;

    private final TemplateSchema schema;

    ColumnWidths(TemplateSchema schema) {
        this.schema = schema;
    }

    /** Width of a TABLE column: its label or its values, whichever is wider. */
    int tableColumn(ColumnSchema column) {
        return clamp(Math.max(column.labelNl().length() + 2, valueWidth(column)));
    }

    /** Width of a FORM value column: the widest value of any of its fields. */
    int formValueColumn(Iterable<ColumnSchema> fields) {
        int widest = 30;
        for (ColumnSchema field : fields) {
            widest = Math.max(widest, valueWidth(field));
        }
        return clamp(widest);
    }

    /** POI widths are in 1/256 of a character. */
    static int poiWidth(int characters) {
        return characters * 256;
    }

    private int valueWidth(ColumnSchema column) {
        return switch (column.type()) {
            case LONG_TEXT -> LONG_TEXT;
            case CODE, YES_NO -> widestDisplay(schema.codeList(column.codeList())) + 3;
            case DATE -> 12;
            case AMOUNT -> 16;
            case DECIMAL, PERCENT, INTEGER, PERIOD -> 11;
            case TEXT -> 18;
        };
    }

    private static int widestDisplay(CodeList list) {
        return list.displayValues().stream().mapToInt(String::length).max().orElse(MIN);
    }

    private static int clamp(int characters) {
        return Math.max(MIN, Math.min(MAX, characters));
    }
}
