package nl.mvimonitor.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.validate.TypedRow;

class RowBlocksTest {

    private final RowBlocks blocks = new RowBlocks(new RowCodec(SchemaLoader.current()));

    @Test
    void packsRowsWithTheirSheetRowsAndUnpacksThemUnchanged() {
        List<TypedRow> rows = List.of(
                row(3, "periode", "2025", "afwijking", "#1 regel\n#2 regel"),
                new TypedRow(4, Map.of()),
                row(9, "gerealiseerd", new BigDecimal("12.50")));
        List<RowBlocks.Block> packed = blocks.pack("Realisatie", rows);
        assertThat(packed).singleElement().satisfies(b -> assertThat(b.rowCount()).isEqualTo(3));

        List<TypedRow> back = new ArrayList<>();
        blocks.unpack("Realisatie", packed.get(0).payload(), back::add);
        assertThat(back).extracting(TypedRow::rowNumber).containsExactly(3, 4, 9);
        assertThat(back.get(0).text("afwijking")).isEqualTo("#1 regel\n#2 regel");
        assertThat(back.get(1).values()).isEmpty();
        assertThat(back.get(2).number("gerealiseerd")).isEqualByComparingTo("12.5");
    }

    @Test
    void startsANewBlockAfterTheRowLimit() {
        List<TypedRow> rows = new ArrayList<>();
        for (int i = 0; i < RowBlocks.MAX_ROWS * 2 + 1; i++) {
            rows.add(row(i + 3, "periode", "2024"));
        }
        List<RowBlocks.Block> packed = blocks.pack("Realisatie", rows);
        assertThat(packed).extracting(RowBlocks.Block::rowCount)
                .containsExactly(RowBlocks.MAX_ROWS, RowBlocks.MAX_ROWS, 1);
    }

    @Test
    void startsANewBlockBeforeItGetsTooLong() {
        String longText = "x".repeat(RowBlocks.MAX_CHARS / 3);
        List<TypedRow> rows = List.of(row(3, "afwijking", longText), row(4, "afwijking", longText),
                row(5, "afwijking", longText));
        List<RowBlocks.Block> packed = blocks.pack("Realisatie", rows);
        assertThat(packed).hasSize(2);
        assertThat(packed).allSatisfy(b -> assertThat(b.payload().length()).isLessThanOrEqualTo(RowBlocks.MAX_CHARS));
    }

    @Test
    void refusesDamagedBlocks() {
        assertThatThrownBy(() -> blocks.unpack("Realisatie", "periode=2024", r -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    private static TypedRow row(int number, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new TypedRow(number, values);
    }
}
