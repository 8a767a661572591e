package nl.mvimonitor.template.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;

/**
 * The order findings are shown in: file-level findings first, then by tab in template order (sheets the template
 * does not know last, by name), row and column. The sort is stable, so findings on the same cell keep the order
 * they were made in, reader findings before validator findings. Thread-safe: the template's tab order is worked
 * out once, each sort adds the submission's renamed tabs to its own copy.
 */
final class FindingOrder {

    private final TemplateSchema schema;
    /** Tab index by tab key, sheet name and alias, from the template alone. */
    private final Map<String, Integer> templateIndex;

    FindingOrder(TemplateSchema schema) {
        this.schema = schema;
        this.templateIndex = templateIndex(schema);
    }

    List<Finding> sort(List<Finding> findings, Submission submission) {
        Map<String, Integer> tabIndex = tabIndex(submission);
        Comparator<Finding> order = Comparator
                .comparingInt((Finding f) -> f.cell() == null ? -1 : tabIndex.getOrDefault(f.cell().sheet(),
                        Integer.MAX_VALUE))
                .thenComparing(Finding::sheet)
                .thenComparingInt(f -> f.cell() == null ? 0 : f.cell().row())
                .thenComparingInt(f -> f.cell() == null ? 0 : f.cell().column());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        return sorted;
    }

    private static Map<String, Integer> templateIndex(TemplateSchema schema) {
        Map<String, Integer> index = new HashMap<>();
        List<TabSchema> tabs = schema.tabs();
        for (int i = 0; i < tabs.size(); i++) {
            TabSchema tab = tabs.get(i);
            index.put(tab.key(), i);
            index.put(tab.sheetName(), i);
            for (String alias : tab.aliases()) {
                index.putIfAbsent(alias, i);
            }
        }
        return Map.copyOf(index);
    }

    /** A renamed tab sorts where its template tab is. */
    private Map<String, Integer> tabIndex(Submission submission) {
        Map<String, Integer> index = new HashMap<>(templateIndex);
        submission.tabs().values().forEach(t -> schema.tab(t.tabKey())
                .ifPresent(tab -> index.put(t.sheetName(), schema.tabs().indexOf(tab))));
        return index;
    }
}
