package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.template.schema.SchemaLoader;

/**
 * The board's own layout of its goals tab (a title above the table, an empty row between goals, a column of its own
 * between the standard ones) is rewritten in the report's layout; a formula then refers to the cells it referred to
 * before, or is kept as its value when those cells are not written.
 */
class FormulaMoveTest {

    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    /** Where the report writes the second goal's Streefwaarde: column G of row 3. */
    private static final int REPORT_ROW = 2;
    private static final int REPORT_STREEFWAARDE = 6;

    /**
     * The board's tab: title in row 1, header in row 3 (KPI, Notitie, Doel-ID, Basiswaarde, Streefwaarde), goals in
     * rows 4 and 6; the report puts Doel-ID in A, KPI in C, Basiswaarde in E, Streefwaarde in G and Notitie in J.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "D6+10          | E3+10",
            "$D$6*2         | $E$3*2",
            "SUM(D4:D6)     | SUM(E2:E3)",
            "D4             | E2",
            "B6&C6          | J3&A3",
            "E3             | G1",
            "'Doelen'!D6+1  | Doelen!E3+1",
            "SUM(D4:D40)    | SUM(E2:E37)",
            "SUM(D:D)       | SUM(E:E)"})
    void aFormulaFollowsTheCellsItReferredTo(String typed, String written) throws IOException {
        byte[] report = report(boardsOwnLayout(typed));

        try (XSSFWorkbook workbook = open(report)) {
            Cell cell = workbook.getSheet("Doelen").getRow(REPORT_ROW).getCell(REPORT_STREEFWAARDE);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).isEqualTo(written);
            assertThat(cell.getNumericCellValue()).isEqualTo(40);
        }
        // in the report's layout nothing moves: the formula stays as written, run after run
        GoalsTab again = BoardGoals.readGoalsTab(new ByteArrayInputStream(report));
        assertThat(again.goals().get(1).cell(GoalColumn.STREEFWAARDE).orElseThrow().formula()).isEqualTo(written);
        assertThat(BoardGoals.readGoalsTab(new ByteArrayInputStream(report(again)))).isEqualTo(again);
    }

    /** Cells the report does not write (the title, the empty row), or a range whose columns are split up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A1", "D5*2", "SUM(B6:D6)", "SUM(A1:E1)"})
    void aFormulaReferringToCellsTheReportDropsKeepsItsValue(String typed) throws IOException {
        byte[] report = report(boardsOwnLayout(typed));

        try (XSSFWorkbook workbook = open(report)) {
            Cell cell = workbook.getSheet("Doelen").getRow(REPORT_ROW).getCell(REPORT_STREEFWAARDE);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(40);
        }
    }

    /**
     * The board renamed its goals tab to the name of another tab of the report (after renaming that one): the report
     * writes the goals tab as Doelen, so a formula naming the goals tab must name Doelen, not the other tab.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Samenvatting | Samenvatting!D6+1       | Doelen!E3+1",
            "inzet        | 'Inzet'!D6+1            | Doelen!E3+1",
            "Toelichting  | SUM(Toelichting!D4:D6)  | SUM(Doelen!E2:E3)"})
    void aFormulaNamingItsGoalsTabNamesItAsWrittenWhenTheBoardsNameForItIsTaken(String boardName, String typed,
            String written) throws IOException {
        byte[] report = report(boardsOwnLayout(boardName, typed));

        try (XSSFWorkbook workbook = open(report)) {
            Cell cell = workbook.getSheet("Doelen").getRow(REPORT_ROW).getCell(REPORT_STREEFWAARDE);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).isEqualTo(written);
        }
    }

    private static byte[] boardsOwnLayout(String streefwaardeFormula) throws IOException {
        return boardsOwnLayout("Doelen", streefwaardeFormula);
    }

    private static byte[] boardsOwnLayout(String tab, String streefwaardeFormula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet goals = workbook.createSheet(tab);
            goals.createRow(0).createCell(0).setCellValue("Doelen van het bestuur");
            Row header = goals.createRow(2);
            String[] labels = {"KPI", "Notitie", "Doel-ID", "Basiswaarde", "Streefwaarde"};
            for (int i = 0; i < labels.length; i++) {
                header.createCell(i).setCellValue(labels[i]);
            }
            goal(goals.createRow(3), "BD-01", 50, 100).getCell(4).setCellValue(100);
            Cell target = goal(goals.createRow(5), "BD-02", 20, 0).getCell(4);
            target.setCellFormula(streefwaardeFormula);
            target.setCellValue(40);
            if (!tab.equals("Doelen")) {
                GoalsTabMarker.mark(goals, 2, labels.length - 1);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row goal(Row row, String id, double base, double target) {
        row.createCell(0).setCellValue("MVI_AANDEEL");
        row.createCell(1).setCellValue("notitie " + id);
        row.createCell(2).setCellValue(id);
        row.createCell(3).setCellValue(base);
        row.createCell(4).setCellValue(target);
        return row;
    }

    private static byte[] report(byte[] board) throws IOException {
        return report(BoardGoals.readGoalsTab(new ByteArrayInputStream(board)));
    }

    private static byte[] report(GoalsTab goals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SchemaLoader.current(), JANUARY_2026).write(new InMemorySubmissionQueries(), goals, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
