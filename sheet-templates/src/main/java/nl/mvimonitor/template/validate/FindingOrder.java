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
 * they were made in, reader findings before validator findings.
 */
final class FindingOrder {

    private FindingOrder() {
    }

    static List<Finding> sort(List<Finding> findings, TemplateSchema schema, Submission submission) {
        Map<String, Integer> tabIndex = tabIndex(schema, submission);
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

    private static Map<String, Integer> tabIndex(TemplateSchema schema, Submission submission) {
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
        // a renamed tab sorts where its template tab is
        submission.tabs().values().forEach(t -> schema.tab(t.tabKey())
                .ifPresent(tab -> index.put(t.sheetName(), tabs.indexOf(tab))));
        return index;
    }
}
