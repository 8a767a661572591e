package nl.mvimonitor.template.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule over several fields or tabs, declared in the schema and evaluated by the validator (and the add-ons).
 *
 * <p>Kinds and the parameters they use:
 * <ul>
 *   <li>{@code dateOrder}: in {@code tab}, {@code column} (the later date) must not be before {@code otherColumn}.</li>
 *   <li>{@code requiredWhen}: in {@code tab}, {@code column} is required when {@code whenColumn} has one of
 *       {@code whenValues}.</li>
 *   <li>{@code reference}: in {@code tab}, a filled {@code column} must equal a value of one of {@code targets},
 *       each written {@code Tab.column}.</li>
 *   <li>{@code sumMax}: in {@code tab}, the sum of {@code column} must not exceed {@code limit}.</li>
 *   <li>{@code rangeWhen}: in {@code tab}, {@code column} must lie between {@code min} and {@code max} when
 *       {@code whenColumn} has one of {@code whenValues}.</li>
 *   <li>{@code aggregateOnly}: in {@code tab}, at most one row per combination of {@code groupColumns}
 *       (aggregates, not one row per person).</li>
 *   <li>{@code uniqueKey}: in {@code tab}, filled values of {@code column} must be unique.</li>
 * </ul>
 *
 * @param code      rule code shown in findings, e.g. {@code LOOPTIJD_VOLGORDE}
 * @param kind      one of the kinds above
 * @param severity  FOUT or WAARSCHUWING
 * @param messageNl Dutch message; may use {@code {label}}, {@code {otherLabel}}, {@code {whenLabel}},
 *                  {@code {values}}, {@code {limit}}, {@code {min}}, {@code {max}} placeholders
 */
public record CrossRule(
        String code,
        String kind,
        String severity,
        String tab,
        String column,
        String otherColumn,
        String whenColumn,
        List<String> whenValues,
        List<String> targets,
        List<String> groupColumns,
        BigDecimal limit,
        BigDecimal min,
        BigDecimal max,
        String messageNl) {

    public static final List<String> KINDS =
            List.of("dateOrder", "requiredWhen", "reference", "sumMax", "rangeWhen", "aggregateOnly", "uniqueKey");

    public CrossRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tab, "tab");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("rule " + code + ": unknown kind " + kind + ", expected one of " + KINDS);
        }
        severity = severity == null ? "FOUT" : severity;
        whenValues = whenValues == null ? List.of() : List.copyOf(whenValues);
        targets = targets == null ? List.of() : List.copyOf(targets);
        groupColumns = groupColumns == null ? List.of() : List.copyOf(groupColumns);
        messageNl = messageNl == null ? "" : messageNl;
    }

    /** The message with placeholders filled in. */
    public String message(Map<String, String> values) {
        String text = messageNl;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return text;
    }
}
