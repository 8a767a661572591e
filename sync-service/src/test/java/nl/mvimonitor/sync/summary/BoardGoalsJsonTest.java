package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The board's goals through the JSON of the service's kept copy: every value comes back with its type and digits. */
class BoardGoalsJsonTest {

    @Test
    void everyValueTypeComesBackWithItsTypeFormatAndFormula() {
        List<BoardGoal> goals = List.of(new BoardGoal(List.of(
                BoardCell.text("Doel-ID", "BD-01"),
                new BoardCell("Streefwaarde", new BigDecimal("0.5"), "0%", "E2*2"),
                new BoardCell("Basiswaarde", new BigDecimal("-1234567890.0123456789"), "#,##0.00"),
                new BoardCell("Nul", new BigDecimal("0.000"), null),
                new BoardCell("Groot", new BigDecimal("12E+40"), null),
                new BoardCell("Behaald", Boolean.FALSE, null, "B2>0"),
                new BoardCell("Vastgesteld", LocalDateTime.of(2025, 12, 31, 0, 0), "dd-mm-yyyy"),
                new BoardCell("Tijdstip", LocalDateTime.of(2025, 1, 2, 3, 4, 5, 600_000_000), "dd-mm-yyyy hh:mm"),
                BoardCell.text("(kolom K)", "  spaties, \"aanhalingstekens\", \u20ac en\nregels  "),
                BoardCell.text("Getal als tekst", "072"),
                BoardCell.text("Ja als tekst", "true"))),
                new BoardGoal(List.of()));

        List<BoardGoal> back = BoardGoalsJson.read(BoardGoalsJson.write(goals));

        assertThat(back).isEqualTo(goals);
        assertThat(back.toString()).isEqualTo(goals.toString());
        assertThat(back.get(0).cells()).extracting(c -> (Object) c.value().getClass())
                .containsExactly(String.class, BigDecimal.class, BigDecimal.class, BigDecimal.class, BigDecimal.class,
                        Boolean.class, LocalDateTime.class, LocalDateTime.class, String.class, String.class,
                        String.class);
        assertThat(back.get(0).cells()).extracting(BoardCell::formula)
                .containsExactly(null, "E2*2", null, null, null, "B2>0", null, null, null, null, null);
        assertThat(back.get(0).cells().get(2).text()).isEqualTo("-1234567890.0123456789");
    }

    @Test
    void noGoalsComeBackAsNoGoals() {
        assertThat(BoardGoalsJson.read(BoardGoalsJson.write(List.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "[1]", "[[{\"header\":\"KPI\"}]]", "[[{\"header\":\"KPI\",\"type\":\"kleur\","
            + "\"value\":\"rood\"}]]", "[[{\"header\":\"KPI\",\"type\":\"number\",\"value\":\"veel\"}]]",
            "[[{\"header\":\"KPI\",\"type\":\"text\",\"value\":5}]]"})
    void aKeptCopyThatIsNotGoalsIsRejected(String json) {
        assertThatThrownBy(() -> BoardGoalsJson.read(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
