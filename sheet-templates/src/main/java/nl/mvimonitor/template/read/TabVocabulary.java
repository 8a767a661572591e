package nl.mvimonitor.template.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;

/**
 * The words that identify each column of a tab, normalized once per reader: stable keys, Dutch labels, English
 * labels and aliases, each mapped to the column's index in schema order.
 */
final class TabVocabulary {

    /** How a column was recognised, in binding order. */
    enum Method { KEY, LABEL_NL, LABEL_EN, ALIAS }

    private final TabSchema tab;
    private final Map<Method, Map<String, Integer>> words = new HashMap<>();
    private final String[] ownLabels;

    TabVocabulary(TabSchema tab) {
        this.tab = tab;
        for (Method method : Method.values()) {
            words.put(method, new HashMap<>());
        }
        List<ColumnSchema> columns = tab.columns();
        ownLabels = new String[columns.size() * 2];
        for (int i = 0; i < columns.size(); i++) {
            ownLabels[2 * i] = Labels.normalize(columns.get(i).labelNl());
            ownLabels[2 * i + 1] = Labels.normalize(columns.get(i).labelEn());
            ColumnSchema column = columns.get(i);
            add(Method.KEY, column.key(), i);
            add(Method.LABEL_NL, column.labelNl(), i);
            add(Method.LABEL_EN, column.labelEn(), i);
            for (String alias : column.aliases()) {
                add(Method.ALIAS, alias, i);
            }
        }
    }

    TabSchema tab() {
        return tab;
    }

    int size() {
        return tab.columns().size();
    }

    ColumnSchema column(int index) {
        return tab.columns().get(index);
    }

    /**
     * Schema index of the column that {@code text} names by {@code method}, or -1. Keys must match exactly (apart
     * from surrounding spaces): many keys read like their label ({@code thema}, Thema), and only an exact key tells a
     * key row from a label row.
     */
    int lookup(Method method, String text) {
        String word = method == Method.KEY ? (text == null ? "" : text.strip()) : Labels.normalize(text);
        return words.get(method).getOrDefault(word, -1);
    }

    boolean isKey(String text) {
        return lookup(Method.KEY, text) >= 0;
    }

    boolean isLabel(String text) {
        return lookupLabel(text) >= 0;
    }

    /** Schema index of the column that {@code text} names as a label (Dutch, English or alias), or -1. */
    int lookupLabel(String text) {
        String normalized = Labels.normalize(text);
        for (Method method : List.of(Method.LABEL_NL, Method.LABEL_EN, Method.ALIAS)) {
            Integer index = words.get(method).get(normalized);
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** True when {@code label} is the column's Dutch or English label, ignoring case and spacing. */
    boolean isOwnLabel(int index, String label) {
        String normalized = Labels.normalize(label);
        return normalized.equals(ownLabels[2 * index]) || normalized.equals(ownLabels[2 * index + 1]);
    }

    private void add(Method method, String word, int index) {
        String normalized = method == Method.KEY ? word.strip() : Labels.normalize(word);
        if (!normalized.isEmpty()) {
            words.get(method).putIfAbsent(normalized, index);
        }
    }
}
