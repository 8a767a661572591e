package nl.mvimonitor.template.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * Runs {@code conformance/cases.json}: input cells per tab and the findings they must give. The add-ons run the
 * same file against their port of the rules, so both give a project team the same findings.
 */
class ConformanceTest {

    private static final Map<String, Object> ROOT = load();

    @TestFactory
    Stream<DynamicTest> validatesAsTheSharedCasesSay() {
        return cases().stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> run(c)));
    }

    @Test
    void coversEveryRuleFamily() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(cases()).extracting(c -> c.get("family")).contains("types", "ranges", "dates", "periods", "codes",
                "patterns", "required", "crossRules", "template", "privacy", "dataQuality");
    }

    private static void run(Map<String, Object> c) {
        SubmissionBuilder builder = SubmissionBuilder.empty();
        Map<String, Object> baseline = map(ROOT.get("baseline"));
        builder.metadata(metadata(map(baseline.get("metadata"))));
        apply(builder, map(baseline.get("tabs")));
        apply(builder, map(c.get("given")));
        ValidatedSubmission result = Validation.VALIDATOR.validate(builder.build());

        List<List<String>> expected = list(c.get("expected")).stream().map(ConformanceTest::map)
                .map(e -> List.of((String) e.get("rule"), (String) e.get("cell"), (String) e.get("severity"))).toList();
        assertThat(result.findings()).extracting(f -> List.of(f.rule(), f.location(), f.severity().name()))
                .as("findings %s", result.findings()).containsExactlyElementsOf(expected);
        if (c.containsKey("status")) {
            assertThat(result.status().name()).isEqualTo(c.get("status"));
        }
        map(c.getOrDefault("typed", Map.of())).forEach((key, value) -> assertThat(typed(result, key))
                .as(key).isEqualTo(value));
        if (c.containsKey("secret")) {
            assertNowhere(result, (String) c.get("secret"));
        }
    }

    private static void apply(SubmissionBuilder builder, Map<String, Object> given) {
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            if (entry.getKey().equals("metadata")) {
                builder.metadata(metadata(map(entry.getValue())));
            } else if (SubmissionBuilder.SCHEMA.requireTab(entry.getKey()).layout() == TabLayout.FORM) {
                map(entry.getValue()).forEach((column, cell) -> builder.form(entry.getKey(), column, value(cell)));
            } else if (entry.getValue() instanceof List<?> rows) {
                applyTable(builder, entry.getKey(), Map.of("rows", rows));
            } else {
                applyTable(builder, entry.getKey(), map(entry.getValue()));
            }
        }
    }

    private static void applyTable(SubmissionBuilder builder, String tab, Map<String, Object> change) {
        if (change.containsKey("rows")) {
            builder.withoutRows(tab);
            list(change.get("rows")).forEach(row -> builder.row(tab, values(map(row))));
        }
        for (Object set : list(change.getOrDefault("set", List.of()))) {
            int row = ((Number) map(set).get("row")).intValue();
            map(map(set).get("cells")).forEach((column, cell) -> builder.cell(tab, row, column, value(cell)));
        }
        list(change.getOrDefault("add", List.of())).forEach(row -> builder.row(tab, values(map(row))));
    }

    private static Map<String, Object> values(Map<String, Object> cells) {
        Map<String, Object> values = new LinkedHashMap<>();
        cells.forEach((column, cell) -> values.put(column, value(cell)));
        return values;
    }

    /** A cell as the builder takes it, from the notation in the file's "format.cells". */
    private static Object value(Object cell) {
        if (!(cell instanceof Map<?, ?>)) {
            return cell;
        }
        Map<String, Object> spec = map(cell);
        if (spec.containsKey("date")) {
            return LocalDate.parse((String) spec.get("date"));
        }
        if (spec.containsKey("serial")) {
            return SubmissionBuilder.serial(((Number) spec.get("serial")).doubleValue(), (Boolean) spec.get("dateFormat"));
        }
        if (spec.containsKey("text")) {
            return SubmissionBuilder.shown(((Number) spec.get("number")).doubleValue(), (String) spec.get("text"));
        }
        if (spec.containsKey("bool")) {
            return spec.get("bool");
        }
        if (spec.containsKey("error")) {
            return SubmissionBuilder.error();
        }
        throw new IllegalArgumentException("unknown cell notation " + spec);
    }

    private static WorkbookMetadata metadata(Map<String, Object> m) {
        Number version = (Number) m.get("templateVersion");
        return new WorkbookMetadata((String) m.get("templateId"), version == null ? null : version.intValue(),
                (String) m.get("organisation"), (String) m.get("projectId"));
    }

    /** A typed value as the file writes it: "Project.column" or "Realisatie[0].column". */
    private static String typed(ValidatedSubmission result, String key) {
        int dot = key.lastIndexOf('.');
        String tab = key.substring(0, dot);
        int row = 0;
        if (tab.endsWith("]")) {
            row = Integer.parseInt(tab.substring(tab.indexOf('[') + 1, tab.length() - 1));
            tab = tab.substring(0, tab.indexOf('['));
        }
        Object value = result.rows(tab).get(row).values().get(key.substring(dot + 1));
        if (value instanceof BigDecimal n) {
            return NumberText.normalised(n).toPlainString();
        }
        return value == null ? null : value.toString();
    }

    private static void assertNowhere(ValidatedSubmission result, String secret) {
        assertThat(result.findings()).extracting(Finding::message).allSatisfy(m -> assertThat(m).doesNotContain(secret));
        result.rows().values().forEach(rows -> rows.forEach(row -> row.values().values()
                .forEach(v -> assertThat(v.toString()).doesNotContain(secret))));
    }

    private static List<Map<String, Object>> cases() {
        return list(ROOT.get("cases")).stream().map(ConformanceTest::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, Object> load() {
        // JSON is YAML: the SnakeYAML the schema loader uses reads it without another dependency
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/cases.json")) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read conformance/cases.json", e);
        }
    }
}
