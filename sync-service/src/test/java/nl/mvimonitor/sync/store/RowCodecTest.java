package nl.mvimonitor.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.validate.TypedRow;

class RowCodecTest {

    private final RowCodec codec = new RowCodec(SchemaLoader.current());

    @Test
    void writesOneCompactLinePerFilledValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("project_id", "P-1");
        values.put("geraamde_waarde", new BigDecimal("1E+3"));
        values.put("gunningsdatum", LocalDate.of(2024, 1, 31));
        values.put("boven_eu_drempel", Boolean.TRUE);
        values.put("opmerkingen", null);

        String payload = codec.encode("Project", new TypedRow(2, values));

        assertThat(payload).isEqualTo("project_id=P-1\ngeraamde_waarde=1000\ngunningsdatum=2024-01-31\n"
                + "boven_eu_drempel=true");
    }

    @Test
    void keepsLineBreaksBackslashesAndEqualsSignsInText() {
        TypedRow row = new TypedRow(4, Map.of("omschrijving", "a=b\\n\nc\r\\"));

        String payload = codec.encode("Criteria", row);

        assertThat(payload).doesNotContain("\n").doesNotContain("\r");
        assertThat(codec.decode("Criteria", 4, payload)).isEqualTo(row);
    }

    @Test
    void decodesValuesInSchemaOrder() {
        TypedRow decoded = codec.decode("Project", 2, "gunningsdatum=2024-01-31\nproject_id=P-1");

        assertThat(decoded.values().keySet()).containsExactly("project_id", "gunningsdatum");
        assertThat(decoded.date("gunningsdatum")).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void acceptsAnyNumberForNumericColumns() {
        String payload = codec.encode("SROI", new TypedRow(3, Map.of("aantal_plaatsingen", 4)));

        assertThat(codec.decode("SROI", 3, payload).number("aantal_plaatsingen")).isEqualTo(new BigDecimal("4"));
    }

    @Test
    void refusesAValueOfTheWrongTypeWithoutQuotingIt() {
        TypedRow row = new TypedRow(2, Map.of("gunningsdatum", "123456782"));

        assertThatThrownBy(() -> codec.encode("Project", row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Project.gunningsdatum")
                .hasMessageNotContaining("123456782");
    }

    @Test
    void refusesColumnsTheSchemaDoesNotHave() {
        TypedRow row = new TypedRow(2, Map.of("geen_kolom", "x"));

        assertThatThrownBy(() -> codec.encode("Project", row)).isInstanceOf(IllegalArgumentException.class);
    }
}
