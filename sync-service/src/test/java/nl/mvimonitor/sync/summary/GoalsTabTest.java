package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;

import nl.mvimonitor.sync.consolidation.SampleMonitor;
import nl.mvimonitor.template.schema.SchemaLoader;

/**
 * The goals tab is found by the report's marker, whatever the board did to the tab: renamed, moved, deleted. Each
 * test starts from a report the writer made and edits it as the board would in Excel (POI follows a rename in the
 * defined names as Excel and Google Sheets do; a deleted tab is shown both as POI leaves it and as Excel does).
 */
class GoalsTabTest {

    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    private static final List<BoardGoal> GOALS = List.of(
            BoardGoal.of("BD-01", null, "MVI_AANDEEL", "Alle aanbestedingen met MVI", new BigDecimal("50"), 2023,
                    new BigDecimal("100"), 2030, "Directie").with(BoardCell.text("Notitie", "vastgesteld door het AB")),
            BoardGoal.of("BD-02", "KLI", "CO2_GEREALISEERD", "Vermeden CO2", BigDecimal.ZERO, 2023,
                    new BigDecimal("540"), 2029, "Klimaat"));
    /** Columns of the goals tab as the report writes them. */
    private static final int OMSCHRIJVING = 3;
    private static final int BASISWAARDE = 4;
    private static final int BASISJAAR = 5;
    private static final int STREEFWAARDE = 6;
    private static final int EIGENAAR = 8;

    @ParameterizedTest
    @ValueSource(strings = {"Doelen 2025", "doelen", "DOELEN", "Bestuursdoelen", "Doelen (AB 12-03)", "Board's goals",
            "2025"})
    void renamedGoalsTabKeepsTheGoals(String boardName) throws IOException {
        byte[] renamed = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.setSheetName(wb.getSheetIndex("Doelen"), boardName);
            // as in Excel and Google Sheets, the marker follows the rename
            assertThat(GoalsTabMarker.sheet(wb, GoalsTabMarker.in(wb).orElseThrow()).orElseThrow().getSheetName())
                    .isEqualTo(boardName);
        });

        GoalsTab read = read(renamed);

        assertThat(read).isEqualTo(new GoalsTab(boardName, GOALS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Doelen 2025", "doelen", "Board's goals"})
    void renamedGoalsTabKeepsItsNameAndMarkerInTheNextReport(String boardName) throws IOException {
        byte[] renamed = edit(report(GoalsTab.withDefaultName(GOALS)),
                wb -> wb.setSheetName(wb.getSheetIndex("Doelen"), boardName));

        byte[] next = report(read(renamed));

        assertThat(tabNames(next)).containsExactly("Samenvatting", "Inzet", "Effect", "PerOnderdeel", boardName,
                "Datakwaliteit", "Toelichting");
        try (XSSFWorkbook workbook = open(next)) {
            Name marker = GoalsTabMarker.in(workbook).orElseThrow();
            assertThat(GoalsTabMarker.sheet(workbook, marker).orElseThrow().getSheetName()).isEqualTo(boardName);
        }
        assertThat(read(next)).isEqualTo(new GoalsTab(boardName, GOALS));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 6})
    void goalsTabMovedToAnotherPositionIsFoundByItsMarker(int position) throws IOException {
        byte[] moved = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen bestuur");
            wb.setSheetOrder("Doelen bestuur", position);
        });

        GoalsTab read = read(moved);

        assertThat(read).isEqualTo(new GoalsTab("Doelen bestuur", GOALS));
        assertThat(tabNames(report(read)).get(4)).isEqualTo("Doelen bestuur");
    }

    @Test
    void goalsTableMovedFarDownTheTabIsFoundWhereTheMarkerFollowedIt() throws IOException {
        byte[] shifted = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            XSSFSheet goals = wb.getSheet("Doelen");
            goals.shiftRows(0, goals.getLastRowNum(), 30);
            goals.createRow(0).createCell(0).setCellValue("Doelen van het bestuur, vastgesteld in het AB");
            assertThat(GoalsTabMarker.row(GoalsTabMarker.in(wb).orElseThrow())).isEqualTo(30);
        });

        assertThat(read(shifted)).isEqualTo(new GoalsTab("Doelen", GOALS));
    }

    @Test
    void deletedGoalsTabIsNoGoalsTabAndSamenvattingIsNotTakenForIt() throws IOException {
        byte[] deleted = edit(report(GoalsTab.withDefaultName(GOALS)),
                wb -> wb.removeSheetAt(wb.getSheetIndex("Doelen")));

        assertNoGoalsTab(deleted, GoalsTabNotFound.Reason.MARKER_BROKEN);
    }

    @Test
    void deletedRenamedGoalsTabIsNoGoalsTabEvenWithATabNamedDoelen() throws IOException {
        byte[] deleted = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
            wb.removeSheetAt(wb.getSheetIndex("Doelen 2025"));
            // a tab the board called Doelen, with a goals header: the marker says it is not the goals tab
            XSSFSheet other = wb.createSheet("Doelen");
            header(other, "Doel-ID", "KPI", "Streefwaarde");
            other.createRow(1).createCell(0).setCellValue("BD-99");
        });

        assertNoGoalsTab(deleted, GoalsTabNotFound.Reason.MARKER_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#REF!$A$1:$S$1", "#REF!", "'Doelen'!#REF!", "'Bestaat niet'!$A$1:$S$1", "1+1", ""})
    void markerPointingAtADeletedSheetIsNoGoalsTab(String reference) throws IOException {
        byte[] broken = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            if (!reference.startsWith("'Doelen'")) {
                wb.removeSheetAt(wb.getSheetIndex("Doelen"));
            }
            // what Excel leaves in the name when its tab (or the header row) is deleted
            marker(wb).setStringValue(reference);
        });

        assertNoGoalsTab(broken, GoalsTabNotFound.Reason.MARKER_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Doelen", "DOELEN", "doelen"})
    void oldWorkbookWithoutMarkerIsReadFromItsDoelenTab(String tab) throws IOException {
        byte[] old = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.removeName(wb.getName(GoalsTabMarker.NAME));
            wb.setSheetName(wb.getSheetIndex("Doelen"), tab);
        });

        assertThat(read(old)).isEqualTo(new GoalsTab(tab, GOALS));
    }

    @Test
    void oldWorkbookWithoutMarkerWhoseDoelenTabWasRenamedIsNoGoalsTab() throws IOException {
        byte[] old = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.removeName(wb.getName(GoalsTabMarker.NAME));
            wb.setSheetName(wb.getSheetIndex("Doelen"), "Doelen 2025");
        });

        assertNoGoalsTab(old, GoalsTabNotFound.Reason.NO_TAB);
    }

    @Test
    void samenvattingLikeTabWithKpiHeaderIsNeverTakenForTheGoals() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(book.createSheet("Samenvatting"), "KPI", "Code", "Thema", "Streefwaarde", "Streefjaar");
            header(book.createSheet("Overzicht doelen"), "Doel-ID", "KPI", "Omschrijving", "Eigenaar");
            book.getSheet("Overzicht doelen").createRow(1).createCell(0).setCellValue("BD-01");
            book.write(out);
            workbook = out.toByteArray();
        }

        assertNoGoalsTab(workbook, GoalsTabNotFound.Reason.NO_TAB);
    }

    @Test
    void markedTabWithoutRecognisableHeaderIsNoGoalsTab() throws IOException {
        byte[] cleared = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            XSSFSheet goals = wb.getSheet("Doelen");
            goals.getRow(0).forEach(cell -> cell.setCellValue("x"));
        });

        assertNoGoalsTab(cleared, GoalsTabNotFound.Reason.NO_HEADER);
    }

    @Test
    void aCopyOfTheGoalsTabIsNotTakenForTheGoals() throws IOException {
        byte[] copied = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            XSSFSheet copy = wb.cloneSheet(wb.getSheetIndex("Doelen"), "Doelen (2)");
            copy.getRow(1).getCell(0).setCellValue("BD-KOPIE");
            wb.setSheetOrder("Doelen (2)", 0);
            // Excel gives the copy a copy of the name, scoped to the copy
            Name local = wb.createName();
            local.setSheetIndex(wb.getSheetIndex(copy));
            local.setNameName(GoalsTabMarker.NAME);
            local.setRefersToFormula("'Doelen (2)'!$A$1:$S$1");
        });

        assertThat(read(copied)).isEqualTo(new GoalsTab("Doelen", GOALS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inzet", "samenvatting", "TOELICHTING"})
    void goalsTabRenamedLikeAnotherTabOfTheReportIsWrittenAsDoelen(String boardName) throws IOException {
        byte[] swapped = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            int other = wb.getSheetIndex(boardName);
            wb.setSheetName(other, wb.getSheetName(other) + " oud");
            wb.setSheetName(wb.getSheetIndex("Doelen"), boardName);
        });
        GoalsTab read = read(swapped);
        assertThat(read).isEqualTo(new GoalsTab(boardName, GOALS));

        byte[] next = report(read);

        assertThat(tabNames(next)).containsExactly("Samenvatting", "Inzet", "Effect", "PerOnderdeel", "Doelen",
                "Datakwaliteit", "Toelichting");
        assertThat(read(next)).isEqualTo(new GoalsTab("Doelen", GOALS));
    }

    @Test
    void aGoalsTabNameExcelWouldRefuseIsWrittenAsDoelen() {
        assertThat(BoardReportWriter.goalsTabName("x".repeat(32))).isEqualTo("Doelen");
        assertThat(BoardReportWriter.goalsTabName("Doelen [2025]")).isEqualTo("Doelen");
        assertThat(BoardReportWriter.goalsTabName("'Doelen")).isEqualTo("Doelen");
        assertThat(BoardReportWriter.goalsTabName("Doelen/AB")).isEqualTo("Doelen");
        assertThat(BoardReportWriter.goalsTabName("Doelen 2025")).isEqualTo("Doelen 2025");
    }

    @Test
    void formulasTheBoardTypedAreKeptAsFormulasThroughTwoRuns() throws IOException {
        byte[] typed = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            Row goal = wb.getSheet("Doelen").getRow(1);
            // the board's cached results, as Excel saved them
            formula(goal.getCell(STREEFWAARDE), "E2+40").setCellValue(90);
            formula(goal.getCell(OMSCHRIJVING), "\"Doel \"&A2").setCellValue("Doel BD-01");
            formula(goal.getCell(BASISJAAR), "2020+3").setCellValue(2023);
            formula(goal.getCell(EIGENAAR), "Toelichting!A1").setCellValue("KPI");
        });
        GoalsTab first = read(typed);
        BoardGoal goal = first.goals().get(0);
        assertThat(goal.cell(GoalColumn.STREEFWAARDE).orElseThrow().formula()).isEqualTo("E2+40");
        // the goal is judged by the cached value, never by evaluating the formula
        assertThat(goal.number(GoalColumn.STREEFWAARDE)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));

        byte[] run1 = report(first);
        GoalsTab second = read(run1);
        byte[] run2 = report(second);

        assertThat(second).isEqualTo(first);
        assertThat(read(run2)).isEqualTo(first);
        for (byte[] written : List.of(run1, run2)) {
            try (XSSFWorkbook workbook = open(written)) {
                Row row = workbook.getSheet("Doelen").getRow(1);
                assertFormula(row.getCell(STREEFWAARDE), "E2+40");
                assertThat(row.getCell(STREEFWAARDE).getNumericCellValue()).isEqualTo(90);
                assertFormula(row.getCell(OMSCHRIJVING), "\"Doel \"&A2");
                assertThat(row.getCell(OMSCHRIJVING).getStringCellValue()).isEqualTo("Doel BD-01");
                assertFormula(row.getCell(BASISJAAR), "2020+3");
                assertFormula(row.getCell(EIGENAAR), "Toelichting!A1");
                assertThat(workbook.getForceFormulaRecalculation()).isTrue();
                assertThat(summaryTarget(workbook, "MVI_AANDEEL")).isEqualTo(90);
            }
        }
    }

    @Test
    void aReportWithoutFormulasIsNotRecalculatedOnOpening() throws IOException {
        try (XSSFWorkbook workbook = open(report(GoalsTab.withDefaultName(GOALS)))) {
            assertThat(workbook.getForceFormulaRecalculation()).isFalse();
        }
    }

    @Test
    void aFormulaWithAnEmptyResultIsKept() throws IOException {
        byte[] typed = edit(report(GoalsTab.withDefaultName(GOALS)), wb ->
                formula(wb.getSheet("Doelen").getRow(2).createCell(BASISWAARDE), "IF(A3=\"\",1,\"\")")
                        .setCellValue(""));

        byte[] next = report(read(typed));

        try (XSSFWorkbook workbook = open(next)) {
            assertFormula(workbook.getSheet("Doelen").getRow(2).getCell(BASISWAARDE), "IF(A3=\"\",1,\"\")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notities!A1", "Streef*2", "SUM(Toelichting:Notities!A1)"})
    void aFormulaReferringToWhatTheReportDoesNotWriteKeepsItsValue(String formula) throws IOException {
        byte[] typed = edit(report(GoalsTab.withDefaultName(GOALS)), wb -> {
            wb.createSheet("Notities").createRow(0).createCell(0).setCellValue(7);
            Name streef = wb.createName();
            streef.setNameName("Streef");
            streef.setRefersToFormula("Notities!$A$1");
            formula(wb.getSheet("Doelen").getRow(2).getCell(BASISWAARDE), formula).setCellValue(14);
        });
        assertThat(read(typed).goals().get(1).cell(GoalColumn.BASISWAARDE).orElseThrow().formula()).isEqualTo(formula);

        byte[] next = report(read(typed));

        try (XSSFWorkbook workbook = open(next)) {
            Cell cell = workbook.getSheet("Doelen").getRow(2).getCell(BASISWAARDE);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(14);
        }
    }

    private static void assertNoGoalsTab(byte[] workbook, GoalsTabNotFound.Reason reason) {
        assertThatThrownBy(() -> read(workbook)).isInstanceOfSatisfying(GoalsTabNotFound.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertFormula(Cell cell, String formula) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo(formula);
    }

    private static Cell formula(Cell cell, String formula) {
        cell.setCellFormula(formula);
        return cell;
    }

    /** The Streefwaarde the Samenvatting shows for a KPI. */
    private static double summaryTarget(XSSFWorkbook workbook, String code) {
        Sheet summary = workbook.getSheet("Samenvatting");
        int target = SummarySheet.LABELS.indexOf("Streefwaarde");
        for (Row row : summary) {
            Cell codeCell = row.getCell(1);
            if (codeCell != null && codeCell.getCellType() == CellType.STRING
                    && code.equals(codeCell.getStringCellValue())) {
                return row.getCell(target).getNumericCellValue();
            }
        }
        throw new AssertionError("no KPI " + code);
    }

    private static CTDefinedName marker(XSSFWorkbook workbook) {
        for (CTDefinedName name : workbook.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
            if (name.getName().equals(GoalsTabMarker.NAME)) {
                return name;
            }
        }
        throw new AssertionError("no marker");
    }

    private static void header(Sheet sheet, String... labels) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.length; i++) {
            row.createCell(i).setCellValue(labels[i]);
        }
    }

    private static byte[] report(GoalsTab goals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SchemaLoader.current(), JANUARY_2026).write(SampleMonitor.data(), goals, out);
        return out.toByteArray();
    }

    private static GoalsTab read(byte[] workbook) throws IOException {
        return BoardGoals.readGoalsTab(new ByteArrayInputStream(workbook));
    }

    private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = open(workbook); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> tabNames(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = open(workbook)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
