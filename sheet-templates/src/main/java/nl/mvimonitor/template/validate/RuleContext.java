package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.CrossRule;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;

/**
 * One schema-declared rule applied to one tab: fills the rule's message placeholders from the schema and reports
 * findings with the rule's own code and severity.
 */
final class RuleContext {

    private final CrossRule rule;
    private final CheckedTab tab;
    private final Findings findings;

    RuleContext(CrossRule rule, CheckedTab tab, Findings findings) {
        this.rule = rule;
        this.tab = tab;
        this.findings = findings;
    }

    CrossRule rule() {
        return rule;
    }

    CheckedTab tab() {
        return tab;
    }

    /** Reports the rule at {@code cell}: {@code prefix}, the rule's message, then {@code suffix}. */
    void report(CellRef cell, String prefix, String suffix) {
        if (cell != null) {
            findings.add(Severity.valueOf(rule.severity()), rule.code(), cell, prefix + rule.message(placeholders()) + suffix);
        }
    }

    /** The quoted Dutch label of a column of this tab. */
    String label(String columnKey) {
        TabSchema schema = tab.schema();
        return columnKey == null ? "" : schema.column(columnKey).map(Messages::label).orElse(columnKey);
    }

    /** True when the row's value of {@code whenColumn} is one of {@code whenValues}. */
    boolean whenHolds(CheckedRow row) {
        Object value = row.value(rule.whenColumn());
        return value != null && rule.whenValues().stream().anyMatch(w -> w.equalsIgnoreCase(comparable(value)));
    }

    /** A value as compared by rules: codes and text case-insensitively, numbers without needless zeros. */
    static String comparable(Object value) {
        if (value instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (value instanceof BigDecimal n) {
            return NumberText.normalised(n).toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString().strip().toUpperCase(Locale.ROOT);
    }

    private Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", label(rule.column()));
        values.put("otherLabel", label(rule.otherColumn()));
        values.put("whenLabel", label(rule.whenColumn()));
        values.put("values", String.join(", ", rule.whenValues()));
        values.put("limit", rule.limit() == null ? "" : Messages.number(rule.limit()));
        values.put("min", rule.min() == null ? "" : Messages.number(rule.min()));
        values.put("max", rule.max() == null ? "" : Messages.number(rule.max()));
        return values;
    }
}
