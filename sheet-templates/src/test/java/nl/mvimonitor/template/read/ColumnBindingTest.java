package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.read.ColumnBinding.Bound;
import nl.mvimonitor.template.read.TabVocabulary.Method;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;

class ColumnBindingTest {

    private static final TabSchema CRITERIA = TestWorkbook.SCHEMA.requireTab("Criteria");
    private final TabVocabulary vocabulary = new TabVocabulary(CRITERIA);

    /** Slots with the template's keys and labels, in the given schema order. */
    private static List<HeaderSlot> slots(int... schemaOrder) {
        List<HeaderSlot> slots = new ArrayList<>();
        for (int position = 0; position < schemaOrder.length; position++) {
            ColumnSchema column = CRITERIA.columns().get(schemaOrder[position]);
            slots.add(new HeaderSlot(position, column.key(), column.labelNl(), new CellRef("Criteria", 2, position)));
        }
        return slots;
    }

    @Test
    void keyWinsOverALabelThatNamesAnotherColumn() {
        List<HeaderSlot> slots = List.of(
                new HeaderSlot(0, "weging_pct", "Thema", new CellRef("Criteria", 2, 0)),
                new HeaderSlot(1, "", "Thema", new CellRef("Criteria", 2, 1)));

        ColumnBinding binding = ColumnBinding.bind(vocabulary, slots);

        assertThat(binding.bound()).extracting(b -> vocabulary.column(b.schemaIndex()).key(), Bound::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weging_pct", Method.KEY),
                        org.assertj.core.groups.Tuple.tuple("thema", Method.LABEL_NL));
    }

    @Test
    void aDuplicatedColumnBindsOnceAndTheCopyIsExtra() {
        List<HeaderSlot> slots = new ArrayList<>(slots(0, 1, 2));
        slots.add(new HeaderSlot(3, "thema", "Thema", new CellRef("Criteria", 2, 3)));

        ColumnBinding binding = ColumnBinding.bind(vocabulary, slots);

        assertThat(binding.bound()).hasSize(3);
        assertThat(binding.unbound()).extracting(HeaderSlot::position).containsExactly(3);
    }

    @Test
    void movesOnlyWhatLeftTheLongestOrderedRun() {
        assertThat(ColumnBinding.bind(vocabulary, slots(0, 1, 2, 3, 4, 5, 6)).moved()).isEmpty();
        assertThat(ColumnBinding.bind(vocabulary, slots(0, 2, 3, 4, 5, 6, 1)).moved())
                .extracting(Bound::schemaIndex).containsExactly(1);
        assertThat(ColumnBinding.bind(vocabulary, slots(0, 6, 1, 2, 3, 4, 5)).moved())
                .extracting(Bound::schemaIndex).containsExactly(6);
        assertThat(ColumnBinding.bind(vocabulary, slots(0, 1, 3, 5, 6)).moved()).isEmpty();
    }
}
