package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.CrossRule;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Evaluates the rules the schema declares over several fields or tabs (kinds in {@link CrossRule}). A rule on a tab
 * the submission lacks is skipped: the reader already reported the missing tab. Values refused by the cell checks
 * take no part, so one mistake is reported once.
 */
final class CrossRules {

    private final TemplateSchema schema;

    /** Fails on a schema whose rules name unknown tabs, columns or severities: a template bug, not bad data. */
    CrossRules(TemplateSchema schema) {
        this.schema = schema;
        schema.rules().forEach(this::verify);
    }

    void check(Map<String, CheckedTab> tabs, Phase phase, Findings findings) {
        for (CrossRule rule : schema.rules()) {
            CheckedTab tab = tabs.get(rule.tab());
            if (tab == null) {
                continue;
            }
            RuleContext context = new RuleContext(rule, tab, findings);
            switch (rule.kind()) {
                case "dateOrder" -> dateOrder(context);
                case "requiredWhen" -> requiredWhen(context, phase);
                case "reference" -> reference(context, tabs);
                case "sumMax" -> sumMax(context);
                case "rangeWhen" -> rangeWhen(context);
                case "aggregateOnly" -> firstOccurrences(context, rule.groupColumns());
                case "uniqueKey" -> firstOccurrences(context, List.of(rule.column()));
                default -> throw new IllegalStateException("unhandled rule kind " + rule.kind());
            }
        }
    }

    private static void dateOrder(RuleContext c) {
        for (CheckedRow row : c.tab().rows()) {
            if (row.value(c.rule().column()) instanceof LocalDate later
                    && row.value(c.rule().otherColumn()) instanceof LocalDate earlier && later.isBefore(earlier)) {
                c.report(row.cell(c.rule().column()), "", "");
            }
        }
    }

    private static void requiredWhen(RuleContext c, Phase phase) {
        String column = c.rule().column();
        boolean alwaysChecked = c.tab().schema().column(column).map(col -> col.isRequiredIn(phase)).orElse(false);
        for (CheckedRow row : c.tab().rows()) {
            // a column that is required anyway already got VERPLICHT
            if (!alwaysChecked && !row.isFilled(column) && c.whenHolds(row)) {
                c.report(row.cell(column), c.label(column) + " is leeg. ", "");
            }
        }
    }

    private static void reference(RuleContext c, Map<String, CheckedTab> tabs) {
        Optional<Set<String>> known = targetValues(c.rule(), tabs);
        if (known.isEmpty()) {
            return;
        }
        for (CheckedRow row : c.tab().rows()) {
            Object value = row.value(c.rule().column());
            if (value != null && !known.get().contains(RuleContext.comparable(value))) {
                c.report(row.cell(c.rule().column()), "", "");
            }
        }
    }

    /** The values the targets hold, or empty when none of the target tabs was submitted. */
    private static Optional<Set<String>> targetValues(CrossRule rule, Map<String, CheckedTab> tabs) {
        Set<String> values = new HashSet<>();
        boolean anyTab = false;
        for (String target : rule.targets()) {
            String[] parts = target.split("\\.", 2);
            CheckedTab tab = tabs.get(parts[0]);
            if (tab != null) {
                anyTab = true;
                tab.rows().stream().map(r -> r.value(parts[1])).filter(v -> v != null)
                        .forEach(v -> values.add(RuleContext.comparable(v)));
            }
        }
        return anyTab ? Optional.of(values) : Optional.empty();
    }

    private static void sumMax(RuleContext c) {
        BigDecimal sum = c.tab().rows().stream()
                .map(r -> r.value(c.rule().column()))
                .filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (c.rule().limit() != null && sum.compareTo(c.rule().limit()) > 0) {
            c.report(c.tab().columnCell(c.rule().column()), "", " Het totaal is nu " + Messages.number(sum) + ".");
        }
    }

    private static void rangeWhen(RuleContext c) {
        CrossRule rule = c.rule();
        for (CheckedRow row : c.tab().rows()) {
            if (row.value(rule.column()) instanceof BigDecimal value && c.whenHolds(row)
                    && ((rule.min() != null && value.compareTo(rule.min()) < 0)
                            || (rule.max() != null && value.compareTo(rule.max()) > 0))) {
                c.report(row.cell(rule.column()), "", "");
            }
        }
    }

    /** Reports every row that repeats the values of {@code columns} of an earlier row, naming that row. */
    private static void firstOccurrences(RuleContext c, List<String> columns) {
        Map<List<String>, Integer> first = new HashMap<>();
        for (CheckedRow row : c.tab().rows()) {
            List<String> key = new ArrayList<>();
            for (String column : columns) {
                Object value = row.value(column);
                key.add(value == null ? null : RuleContext.comparable(value));
            }
            if (key.stream().allMatch(v -> v == null)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, row.rowNumber());
            if (earlier != null) {
                c.report(row.cell(columns.get(0)), "", " Dezelfde waarde staat al in rij " + earlier + ".");
            }
        }
    }

    private void verify(CrossRule rule) {
        TabSchema tab = schema.tab(rule.tab()).orElseThrow(() -> invalid(rule, "unknown tab " + rule.tab()));
        Stream.concat(Stream.of(rule.column(), rule.otherColumn(), rule.whenColumn()), rule.groupColumns().stream())
                .filter(key -> key != null)
                .filter(key -> tab.column(key).isEmpty())
                .findFirst()
                .ifPresent(key -> {
                    throw invalid(rule, "unknown column " + rule.tab() + "." + key);
                });
        for (String target : rule.targets()) {
            String[] parts = target.split("\\.", 2);
            boolean exists = parts.length == 2
                    && schema.tab(parts[0]).flatMap(t -> t.column(parts[1])).isPresent();
            if (!exists) {
                throw invalid(rule, "unknown target " + target);
            }
        }
        try {
            Severity.valueOf(rule.severity());
        } catch (IllegalArgumentException e) {
            throw invalid(rule, "unknown severity " + rule.severity());
        }
    }

    private static IllegalArgumentException invalid(CrossRule rule, String why) {
        return new IllegalArgumentException("schema rule " + rule.code() + ": " + why);
    }
}
