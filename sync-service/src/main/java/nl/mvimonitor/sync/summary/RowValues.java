package nl.mvimonitor.sync.summary;

import java.util.OptionalInt;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.TypedRow;

/** Reads stored row values the way the KPIs need them: codes as the list's code, periods as years. */
final class RowValues {

    private final TemplateSchema schema;

    RowValues(TemplateSchema schema) {
        this.schema = schema;
    }

    /** The code of a code-list value, whether it was stored as code, label or "code - label"; null when empty. */
    String code(TypedRow row, String codeList, String columnKey) {
        String text = row.text(columnKey);
        if (text == null || text.isBlank()) {
            return null;
        }
        CodeList list = schema.codeList(codeList);
        return list.find(text).map(CodeList.Entry::code).orElse(text.trim());
    }

    /** True for a ja/nee value that is yes, stored as Boolean or as text. */
    static boolean yes(TypedRow row, String columnKey) {
        Object value = row.values().get(columnKey);
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value != null && "ja".equalsIgnoreCase(value.toString().trim());
    }

    /** The year of a period {@code YYYY} or {@code YYYY-Qn}. */
    static OptionalInt year(String period) {
        if (period == null || period.length() < 4 || !period.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(period.substring(0, 4)));
    }
}
