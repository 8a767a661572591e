package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tab;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The yellow marks, evaluated by POI's conditional formatting evaluator as Excel would show them. */
class RequiredMarksEvaluationTest {

    @Test
    void marksMissingCellsOnlyInRowsWithDataAndOnlyFromTheirPhase() throws IOException {
        try (XSSFWorkbook workbook = workbook("VOORBEREIDEN")) {
            ConditionalFormattingEvaluator marks = evaluator(workbook);
            assertThat(marked(marks, "Criteria", 0, "thema")).as("always required, row has data").isTrue();
            assertThat(marked(marks, "Criteria", 0, "criterium_id")).as("filled").isFalse();
            assertThat(marked(marks, "Criteria", 0, "verificatie")).as("required from AANBESTEDEN").isFalse();
            assertThat(marked(marks, "Criteria", 1, "thema")).as("empty prepared row").isFalse();
            assertThat(markedOnForm(marks, "Project", "projectnaam")).as("always required").isTrue();
            assertThat(markedOnForm(marks, "Project", "project_id")).as("prefilled").isFalse();
            assertThat(markedOnForm(marks, "Project", "cpv_code")).as("required from AANBESTEDEN").isFalse();
        }
    }

    @Test
    void laterPhaseMarksTheFieldsItRequires() throws IOException {
        try (XSSFWorkbook workbook = workbook("UITVOEREN")) {
            ConditionalFormattingEvaluator marks = evaluator(workbook);
            assertThat(marked(marks, "Criteria", 0, "verificatie")).isTrue();
            assertThat(markedOnForm(marks, "Project", "cpv_code")).isTrue();
            assertThat(markedOnForm(marks, "Project", "contractwaarde")).isTrue();
            assertThat(markedOnForm(marks, "Evaluatie", "lessen")).as("required from AFGEROND").isFalse();
        }
    }

    private static XSSFWorkbook workbook(String phase) {
        FilledData data = new FilledData(Map.of(
                "Project", List.of(Map.of("fase", phase)),
                "Criteria", List.of(Map.of("criterium_id", "C1"))));
        ProjectPrefill prefill = new ProjectPrefill("Org", "P-1", null, "Unit");
        return GeneratedWorkbooks.open(GeneratedWorkbooks.filledBytes(prefill, data));
    }

    private static ConditionalFormattingEvaluator evaluator(XSSFWorkbook workbook) {
        return new ConditionalFormattingEvaluator(workbook, new XSSFFormulaEvaluator(workbook));
    }

    private static boolean marked(ConditionalFormattingEvaluator marks, String tabKey, int dataRow, String column) {
        TabSchema tab = tab(tabKey);
        CellReference cell = new CellReference(tab.sheetName(), TemplateLayout.TABLE_FIRST_DATA_ROW + dataRow,
                tab.indexOf(column), false, false);
        return !marks.getConditionalFormattingForCell(cell).isEmpty();
    }

    private static boolean markedOnForm(ConditionalFormattingEvaluator marks, String tabKey, String field) {
        TabSchema tab = tab(tabKey);
        CellReference cell = new CellReference(tab.sheetName(), TemplateLayout.formRow(tab.indexOf(field)),
                TemplateLayout.FORM_VALUE_COLUMN, false, false);
        return !marks.getConditionalFormattingForCell(cell).isEmpty();
    }
}
