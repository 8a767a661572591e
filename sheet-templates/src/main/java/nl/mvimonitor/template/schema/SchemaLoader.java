package nl.mvimonitor.template.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a template version from {@code templates/<id>/v<version>/schema.yaml} and {@code codelists.yaml} on the
 * classpath. A schema file with a mistake fails loudly, naming the tab, column or rule.
 */
public final class SchemaLoader {

    /** The template every project sheet is made from. */
    public static final String PROJECT_TEMPLATE = "mvi-project";
    /** The current version of {@link #PROJECT_TEMPLATE}. */
    public static final int CURRENT_VERSION = 1;

    private SchemaLoader() {
    }

    /** The current project template. */
    public static TemplateSchema current() {
        return load(PROJECT_TEMPLATE, CURRENT_VERSION);
    }

    public static TemplateSchema load(String templateId, int version) {
        String folder = "templates/" + templateId + "/v" + version + "/";
        Map<String, Object> schema = readYaml(folder + "schema.yaml");
        Map<String, Object> lists = readYaml(folder + "codelists.yaml");
        try {
            return new TemplateSchema(
                    string(schema, "templateId"),
                    ((Number) schema.get("version")).intValue(),
                    string(schema, "title"),
                    tabs(list(schema, "tabs")),
                    codeLists(lists),
                    rules(list(schema, "rules")));
        } catch (RuntimeException e) {
            throw new IllegalStateException("template " + folder + " is invalid: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> readYaml(String resource) {
        ClassLoader loader = SchemaLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template resource " + resource);
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return yaml.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<TabSchema> tabs(List<Map<String, Object>> raw) {
        List<TabSchema> tabs = new ArrayList<>();
        for (Map<String, Object> t : raw) {
            List<ColumnSchema> columns = new ArrayList<>();
            for (Map<String, Object> c : list(t, "columns")) {
                columns.add(column(string(t, "key"), c));
            }
            tabs.add(new TabSchema(
                    string(t, "key"),
                    string(t, "sheetName"),
                    string(t, "labelEn"),
                    TabLayout.valueOf(string(t, "layout")),
                    string(t, "tableName"),
                    integer(t, "minRows", 0),
                    phase(t, "minRowsFromPhase"),
                    integer(t, "maxRows", 0),
                    string(t, "help"),
                    strings(t, "aliases"),
                    columns));
        }
        return tabs;
    }

    private static ColumnSchema column(String tab, Map<String, Object> c) {
        String key = string(c, "key");
        try {
            String pattern = string(c, "pattern");
            String privacy = string(c, "privacy");
            return new ColumnSchema(
                    key,
                    string(c, "label"),
                    string(c, "labelEn"),
                    ColumnType.valueOf(string(c, "type")),
                    Boolean.TRUE.equals(c.get("required")),
                    phase(c, "requiredFromPhase"),
                    string(c, "codeList"),
                    decimal(c, "min"),
                    decimal(c, "max"),
                    pattern == null ? null : Pattern.compile(pattern),
                    string(c, "patternHint"),
                    string(c, "help"),
                    string(c, "helpEn"),
                    strings(c, "aliases"),
                    privacy == null ? null : PrivacyCheck.valueOf(privacy),
                    string(c, "prefill"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("column " + tab + "." + key + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, CodeList> codeLists(Map<String, Object> raw) {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.getValue();
            List<CodeList.Entry> entries = new ArrayList<>();
            for (Map<String, Object> entry : list(body, "entries")) {
                entries.add(new CodeList.Entry(string(entry, "code"), string(entry, "label"), string(entry, "labelEn")));
            }
            lists.put(e.getKey(), new CodeList(e.getKey(), string(body, "label"),
                    Boolean.TRUE.equals(body.get("showLabels")), entries));
        }
        return lists;
    }

    private static List<CrossRule> rules(List<Map<String, Object>> raw) {
        List<CrossRule> rules = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            rules.add(new CrossRule(
                    string(r, "code"),
                    string(r, "kind"),
                    string(r, "severity"),
                    string(r, "tab"),
                    string(r, "column"),
                    string(r, "otherColumn"),
                    string(r, "whenColumn"),
                    strings(r, "whenValues"),
                    strings(r, "targets"),
                    strings(r, "groupColumns"),
                    decimal(r, "limit"),
                    decimal(r, "min"),
                    decimal(r, "max"),
                    string(r, "message")));
        }
        return rules;
    }

    private static String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static int integer(Map<String, Object> map, String key, int fallback) {
        Object value = map.get(key);
        return value == null ? fallback : ((Number) value).intValue();
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static Phase phase(Map<String, Object> map, String key) {
        String value = string(map, key);
        return value == null ? null : Phase.valueOf(value);
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
