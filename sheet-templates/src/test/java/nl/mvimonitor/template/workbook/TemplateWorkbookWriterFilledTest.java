package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.formValue;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tab;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tableCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Data typed into the template as a team would, read back as typed cells. */
class TemplateWorkbookWriterFilledTest {

    private static final ProjectPrefill PREFILL = new ProjectPrefill("Gemeente Ooststad", "OS-17", "Schoonmaak", null);

    @Test
    void placesNumbersDatesAndStringsInTypedCells() throws IOException {
        Map<String, Object> goal = row("doel_id", "D1", "thema", "KLI - Klimaat (mitigatie)", "indicator",
                "Vermeden CO2-uitstoot", "eenheid", "t CO2-eq", "referentiewaarde", 1250.5, "doelwaarde",
                new BigDecimal("900.25"), "peildatum", LocalDate.of(2026, 12, 31));
        try (XSSFWorkbook workbook = filled(Map.of("Doelen", List.of(goal)))) {
            assertThat(tableCell(workbook, "Doelen", 0, "doel_id").getStringCellValue()).isEqualTo("D1");
            assertThat(tableCell(workbook, "Doelen", 0, "thema").getStringCellValue())
                    .isEqualTo("KLI - Klimaat (mitigatie)");
            XSSFCell baseline = tableCell(workbook, "Doelen", 0, "referentiewaarde");
            assertThat(baseline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(baseline.getNumericCellValue()).isEqualTo(1250.5);
            assertThat(baseline.getCellStyle().getDataFormatString()).isEqualTo("#,##0.##");
            assertThat(tableCell(workbook, "Doelen", 0, "doelwaarde").getNumericCellValue()).isEqualTo(900.25);
            XSSFCell date = tableCell(workbook, "Doelen", 0, "peildatum");
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(date.getCellStyle().getLocked()).isFalse();
        }
    }

    @Test
    void formulaLookingTextStaysAPlainStringCell() throws IOException {
        Map<String, Object> criterion = row("criterium_id", "C1", "omschrijving", "=SUM(A1)",
                "criteriatool_code", "-12", "weging_pct", "+5");
        try (XSSFWorkbook workbook = filled(Map.of("Criteria", List.of(criterion)))) {
            for (String key : List.of("omschrijving", "criteriatool_code", "weging_pct")) {
                XSSFCell cell = tableCell(workbook, "Criteria", 0, key);
                assertThat(cell.getCellType()).as(key).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(key).isTrue();
            }
            assertThat(tableCell(workbook, "Criteria", 0, "omschrijving").getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(tableCell(workbook, "Criteria", 0, "criterium_id").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void dutchNumberTextStaysTextInANumericColumn() throws IOException {
        try (XSSFWorkbook workbook = filled(Map.of("Criteria", List.of(row("fictieve_korting", "1.234,56"))))) {
            XSSFCell cell = tableCell(workbook, "Criteria", 0, "fictieve_korting");
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("1.234,56");
        }
    }

    @Test
    void booleansAreWrittenAsJaNee() throws IOException {
        Map<String, Object> clause = row("borging_id", "B1", "bewijs_vereist", true);
        Map<String, Object> other = row("borging_id", "B2", "bewijs_vereist", false);
        try (XSSFWorkbook workbook = filled(Map.of("Borging", List.of(clause, other)))) {
            assertThat(tableCell(workbook, "Borging", 0, "bewijs_vereist").getStringCellValue()).isEqualTo("ja");
            assertThat(tableCell(workbook, "Borging", 1, "bewijs_vereist").getStringCellValue()).isEqualTo("nee");
        }
    }

    @Test
    void formRowFillsTheValueColumnAndOverridesThePrefill() throws IOException {
        Map<String, Object> project = row("projectnaam", "Schoonmaak kantoren", "fase", "UITVOEREN",
                "geraamde_waarde", 2_500_000, "gunningsdatum", LocalDate.of(2025, 3, 1), "marktconsultatie", true);
        try (XSSFWorkbook workbook = filled(Map.of("Project", List.of(project)))) {
            assertThat(workbook.getSheet("Project").getRow(1).getCell(2).getStringCellValue()).isEqualTo("OS-17");
            assertThat(formValue(workbook, "Project", "projectnaam").getStringCellValue())
                    .isEqualTo("Schoonmaak kantoren");
            assertThat(formValue(workbook, "Project", "fase").getStringCellValue()).isEqualTo("UITVOEREN");
            XSSFCell value = formValue(workbook, "Project", "geraamde_waarde");
            assertThat(value.getNumericCellValue()).isEqualTo(2_500_000d);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(formValue(workbook, "Project", "gunningsdatum").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(formValue(workbook, "Project", "marktconsultatie").getStringCellValue()).isEqualTo("ja");
        }
    }

    @Test
    void moreRowsThanPreparedGrowTheTableOverAllOfThem() throws IOException {
        int count = TableTab.preparedRows(tab("Doelen")) + 25;
        List<Map<String, Object>> goals = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            goals.add(row("doel_id", "D" + i, "doelwaarde", i));
        }
        try (XSSFWorkbook workbook = filled(Map.of("Doelen", goals))) {
            XSSFTable table = workbook.getSheet("Doelen").getTables().get(0);
            assertThat(table.getEndRowIndex()).isEqualTo(TemplateLayout.TABLE_FIRST_DATA_ROW + count - 1);
            assertThat(tableCell(workbook, "Doelen", count - 1, "doel_id").getStringCellValue()).isEqualTo("D" + count);
        }
    }

    @Test
    void unknownColumnKeyFailsNamingTabAndKey() {
        FilledData data = new FilledData(Map.of("Criteria", List.of(row("criterium_id", "C1", "wegingg", 10))));
        assertThatThrownBy(() -> GeneratedWorkbooks.filledBytes(PREFILL, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Criteria").hasMessageContaining("wegingg");
        FilledData form = new FilledData(Map.of("Project", List.of(row("projectnaaam", "X"))));
        assertThatThrownBy(() -> GeneratedWorkbooks.filledBytes(PREFILL, form))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Project").hasMessageContaining("projectnaaam");
    }

    @Test
    void unknownTabFailsNamingIt() {
        FilledData data = new FilledData(Map.of("Criterias", List.of(row("criterium_id", "C1"))));
        assertThatThrownBy(() -> GeneratedWorkbooks.filledBytes(PREFILL, data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Criterias");
    }

    @Test
    void secondRowOnAFormFails() {
        FilledData data = new FilledData(Map.of("Evaluatie", List.of(row("lessen", "a"), row("lessen", "b"))));
        assertThatThrownBy(() -> GeneratedWorkbooks.filledBytes(PREFILL, data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Evaluatie");
    }

    @Test
    void unsupportedValueTypeFailsWithoutEchoingTheValue() {
        FilledData data = new FilledData(Map.of("Doelen",
                List.of(row("peildatum", LocalDateTime.of(2025, 1, 2, 3, 4)))));
        assertThatThrownBy(() -> GeneratedWorkbooks.filledBytes(PREFILL, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Doelen").hasMessageContaining("peildatum")
                .hasMessageNotContaining("2025");
    }

    private static XSSFWorkbook filled(Map<String, List<Map<String, Object>>> rows) {
        return GeneratedWorkbooks.open(GeneratedWorkbooks.filledBytes(PREFILL, new FilledData(rows)));
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
