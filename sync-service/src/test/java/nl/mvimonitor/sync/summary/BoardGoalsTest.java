package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BoardGoalsTest {

    @Test
    void readsTheSeedWithQuotesBomDecimalCommaAndExtraColumns() throws IOException {
        String csv = "\uFEFFDoel-ID;Thema;KPI;Omschrijving;Basiswaarde;Basisjaar;Streefwaarde;Streefjaar;Eigenaar;Notitie\r\n"
                + "BD-01;KLI;CO2_GEREALISEERD;\"Minder CO2; meer \"\"groen\"\"\";12,5;2023;100;2030;Directie;zie nota\r\n"
                + "\r\n"
                + "BD-02;;RESPONS;=1+1;;;95;2026;;\n";
        List<BoardGoal> goals = BoardGoals.readSeed(stream(csv));
        assertThat(goals).hasSize(2);
        BoardGoal first = goals.get(0);
        assertThat(first.goalId()).isEqualTo("BD-01");
        assertThat(first.text(GoalColumn.OMSCHRIJVING)).isEqualTo("Minder CO2; meer \"groen\"");
        assertThat(first.number(GoalColumn.BASISWAARDE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
        assertThat(first.year(GoalColumn.STREEFJAAR)).hasValue(2030);
        assertThat(first.extraCells()).containsExactly(BoardCell.text("Notitie", "zie nota"));
        assertThat(goals.get(1).theme()).isEmpty();
        assertThat(goals.get(1).text(GoalColumn.OMSCHRIJVING)).isEqualTo("=1+1");
        assertThat(goals.get(1).cell(GoalColumn.BASISWAARDE)).isEmpty();
    }

    @Test
    void refusesASeedWithoutKpiColumn() {
        assertThatThrownBy(() -> BoardGoals.readSeed(stream("Doel;Waarde\nA;1\n"))).isInstanceOf(IOException.class);
    }

    @Test
    void shipsAnExampleSeedWhoseKpiCodesAndThemesAreKnown() throws IOException {
        List<BoardGoal> goals = BoardGoals.readDefaultSeed();
        assertThat(goals).hasSizeBetween(6, 8);
        for (BoardGoal goal : goals) {
            assertThat(Kpi.fromText(goal.kpiCode())).as(goal.goalId()).isPresent();
            assertThat(goal.path()).as(goal.goalId()).isPresent();
            assertThat(goal.path().orElseThrow().hasPath()).as(goal.goalId()).isTrue();
        }
        assertThat(goals).extracting(BoardGoal::kpiCode).contains("MVI_AANDEEL", "AMBITIEUS_AANDEEL", "CO2_GEREALISEERD");
    }

    @Test
    void readsGoalsByHeaderWhereverTheBoardMovedTheColumns() throws IOException {
        byte[] workbook = workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("Bestuursdoelen 2026"); // a title above the table
            Row header = sheet.createRow(2);
            String[] labels = {"Opmerking bestuur", "KPI", "Streefwaarde", "Doel-ID", "Streefjaar", "Status"};
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            Row goal = sheet.createRow(3);
            goal.createCell(0).setCellValue("besproken 12-03");
            goal.createCell(1).setCellValue("mvi_aandeel");
            goal.createCell(2).setCellValue(0.9); // typed as 90% in a percent-formatted cell
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            goal.getCell(2).setCellStyle(percent);
            goal.createCell(3).setCellValue("BD-9");
            Cell year = goal.createCell(4);
            year.setCellFormula("2025+5");
            year.setCellValue(2030); // the cached result; it is read, never recomputed
            goal.createCell(5).setCellValue("ROOD"); // computed column: not read back
        });
        List<BoardGoal> goals = BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(workbook));
        assertThat(goals).hasSize(1);
        BoardGoal goal = goals.get(0);
        assertThat(goal.goalId()).isEqualTo("BD-9");
        assertThat(Kpi.fromText(goal.kpiCode())).hasValue(Kpi.MVI_AANDEEL);
        assertThat(goal.number(GoalColumn.STREEFWAARDE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(goal.cell(GoalColumn.STREEFWAARDE).orElseThrow().dataFormat()).isEqualTo("0%");
        assertThat(goal.year(GoalColumn.STREEFJAAR)).hasValue(2030);
        assertThat(goal.extraCells()).extracting(BoardCell::header).containsExactly("Opmerking bestuur");
        assertThat(goal.cells()).extracting(BoardCell::header).doesNotContain("Status");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        byte[] notXlsx = "this is not a zip".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(notXlsx)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void refusesAWorkbookWithoutGoalsTab() throws IOException {
        byte[] workbook = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("iets anders"));
        assertThatThrownBy(() -> BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(workbook)))
                .isInstanceOf(IOException.class).hasMessageContaining("Doelen");
    }

    @Test
    void refusesAnOversizedFileBeforeParsingIt() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> BoardGoals.readSeed(endless)).isInstanceOf(IOException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void readsNumbersTypedAsDutchText() {
        assertThat(GoalNumbers.parse("1.234,5")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.5"));
        assertThat(GoalNumbers.parse("12,5 %")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
        assertThat(GoalNumbers.parse("€ 50.000")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50000"));
        assertThat(GoalNumbers.parse("0.125")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.125"));
        assertThat(GoalNumbers.parse("veel")).isEmpty();
        assertThat(GoalNumbers.year(BoardCell.number("Streefjaar", BigDecimal.valueOf(2030.5)))).isEmpty();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> goalsSheet) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Samenvatting");
            goalsSheet.accept(workbook.createSheet("Doelen"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
