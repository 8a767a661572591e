package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row after validation: values converted to their column type. Values are {@link String}
 * (text, code, period), {@link BigDecimal} (numbers, amounts, percentages), {@link LocalDate} or {@link Boolean}
 * (ja/nee). A value that failed its type check or looked like personal data is absent: it is never passed on.
 *
 * @param rowNumber 1-based row number in the source sheet
 * @param values    values by column key, in schema order
 */
public record TypedRow(int rowNumber, Map<String, Object> values) {

    public TypedRow {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    public BigDecimal number(String key) {
        Object value = values.get(key);
        return value instanceof BigDecimal n ? n : null;
    }

    public LocalDate date(String key) {
        Object value = values.get(key);
        return value instanceof LocalDate d ? d : null;
    }

    public Boolean bool(String key) {
        Object value = values.get(key);
        return value instanceof Boolean b ? b : null;
    }
}
