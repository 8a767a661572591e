package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.mvimonitor.template.read.TabVocabulary.Method;

/**
 * Binds the header slots of a sheet to the columns of a tab: first by stable key, then Dutch label, English label
 * and alias, each column and each slot at most once.
 *
 * @param vocabulary the tab's words
 * @param bound      bound columns, in sheet order
 * @param unbound    slots with text that bound to nothing
 * @param missing    schema indices of columns found nowhere, in schema order
 */
record ColumnBinding(TabVocabulary vocabulary, List<Bound> bound, List<HeaderSlot> unbound, List<Integer> missing) {

    /** A schema column found in a slot, and how. */
    record Bound(int schemaIndex, HeaderSlot slot, Method method) {
    }

    ColumnBinding {
        bound = List.copyOf(bound);
        unbound = List.copyOf(unbound);
        missing = List.copyOf(missing);
    }

    static ColumnBinding bind(TabVocabulary vocabulary, List<HeaderSlot> slots) {
        int[] slotColumn = new int[slots.size()];
        Method[] slotMethod = new Method[slots.size()];
        java.util.Arrays.fill(slotColumn, -1);
        boolean[] taken = new boolean[vocabulary.size()];
        for (Method method : Method.values()) {
            for (int i = 0; i < slots.size(); i++) {
                HeaderSlot slot = slots.get(i);
                int column = slotColumn[i] >= 0 ? -1
                        : vocabulary.lookup(method, method == Method.KEY ? slot.key() : slot.label());
                if (column >= 0 && !taken[column]) {
                    taken[column] = true;
                    slotColumn[i] = column;
                    slotMethod[i] = method;
                }
            }
        }
        return collect(vocabulary, slots, slotColumn, slotMethod, taken);
    }

    private static ColumnBinding collect(TabVocabulary vocabulary, List<HeaderSlot> slots, int[] slotColumn,
                                         Method[] slotMethod, boolean[] taken) {
        List<Bound> bound = new ArrayList<>();
        List<HeaderSlot> unbound = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slotColumn[i] >= 0) {
                bound.add(new Bound(slotColumn[i], slots.get(i), slotMethod[i]));
            } else if (!slots.get(i).isBlank()) {
                unbound.add(slots.get(i));
            }
        }
        bound.sort(Comparator.comparingInt(b -> b.slot().position()));
        List<Integer> missing = new ArrayList<>();
        for (int column = 0; column < taken.length; column++) {
            if (!taken[column]) {
                missing.add(column);
            }
        }
        return new ColumnBinding(vocabulary, bound, unbound, missing);
    }

    /**
     * The columns out of schema order. Compares relative order only: the longest run of bound columns that keeps
     * schema order stays put, the rest moved. So an inserted or deleted column moves nothing, and a column dragged
     * elsewhere is reported once, not every column it passed.
     */
    List<Bound> moved() {
        boolean[] inOrder = longestOrderedRun();
        List<Bound> moved = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            if (!inOrder[i]) {
                moved.add(bound.get(i));
            }
        }
        return moved;
    }

    /** Marks a longest subsequence of {@link #bound} (sheet order) whose schema indices increase. */
    private boolean[] longestOrderedRun() {
        int n = bound.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (bound.get(j).schemaIndex() < bound.get(i).schemaIndex() && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] inOrder = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            inOrder[i] = true;
        }
        return inOrder;
    }
}
