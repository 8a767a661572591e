package nl.mvimonitor.template.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a template: the single source of truth for the workbook writer, reader, validator and add-ons.
 *
 * @param templateId id such as {@code mvi-project}
 * @param version    integer version, increased on every change users can see
 * @param titleNl    Dutch title of the workbook
 * @param tabs       tabs in workbook order
 * @param codeLists  code lists by key
 * @param rules      cross-field and cross-tab rules
 */
public record TemplateSchema(
        String templateId,
        int version,
        String titleNl,
        List<TabSchema> tabs,
        Map<String, CodeList> codeLists,
        List<CrossRule> rules) {

    /** Name of the very hidden sheet with template metadata. */
    public static final String META_SHEET = "_meta";
    /** Name of the very hidden sheet with the code lists that feed the dropdowns. */
    public static final String LISTS_SHEET = "_lijsten";

    public TemplateSchema {
        Objects.requireNonNull(templateId, "templateId");
        tabs = List.copyOf(tabs);
        codeLists = Map.copyOf(codeLists);
        rules = List.copyOf(rules);
        for (TabSchema tab : tabs) {
            for (ColumnSchema column : tab.columns()) {
                if (column.codeList() != null && !codeLists.containsKey(column.codeList())) {
                    throw new IllegalArgumentException(
                            "column " + tab.key() + "." + column.key() + " uses unknown code list " + column.codeList());
                }
            }
        }
    }

    public Optional<TabSchema> tab(String key) {
        return tabs.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The tab, or an exception: for code that relies on the schema. */
    public TabSchema requireTab(String key) {
        return tab(key).orElseThrow(() -> new IllegalArgumentException("template has no tab " + key));
    }

    public CodeList codeList(String key) {
        CodeList list = codeLists.get(key);
        if (list == null) {
            throw new IllegalArgumentException("template has no code list " + key);
        }
        return list;
    }

    public List<TabSchema> dataTabs() {
        return tabs.stream().filter(TabSchema::isDataTab).toList();
    }
}
