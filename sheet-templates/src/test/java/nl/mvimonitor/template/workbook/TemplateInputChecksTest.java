package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.formValue;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tab;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Dropdowns, number and date checks, formats and the yellow marks on missing required cells. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateInputChecksTest {

    private final XSSFWorkbook workbook = GeneratedWorkbooks.open(GeneratedWorkbooks.templateBytes(ProjectPrefill.blank()));

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void codeColumnOffersItsListAsDropdownOverThePreparedRows() {
        TabSchema criteria = tab("Criteria");
        int thema = criteria.indexOf("thema");
        XSSFDataValidation validation = validationAt("Criteria", thema).orElseThrow();
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("lst_themas");
        CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
        assertThat(range.getFirstRow()).isEqualTo(TemplateLayout.TABLE_FIRST_DATA_ROW);
        assertThat(range.getLastRow()).isEqualTo(TemplateLayout.TABLE_FIRST_DATA_ROW + TableTab.preparedRows(criteria) - 1);
        assertThat(workbook.getSheet("Criteria").getCTWorksheet().getDataValidations().getDataValidationArray())
                .as("showDropDown=\"1\" would hide the arrow").noneMatch(v -> v.getShowDropDown());
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(validation.getErrorBoxText()).isEqualTo("Kies bij 'Thema' een waarde uit de keuzelijst.");
    }

    @Test
    void yesNoFieldOnAFormOffersJaNee() {
        int row = TemplateLayout.formRow(tab("Project").indexOf("boven_eu_drempel"));
        XSSFDataValidation validation = validations("Project").stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).isInRange(row, TemplateLayout.FORM_VALUE_COLUMN))
                .findFirst().orElseThrow();
        assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("lst_janee");
    }

    @Test
    void numericColumnsAcceptOnlyNumbersInTheirRange() {
        XSSFDataValidation weging = validationAt("Criteria", tab("Criteria").indexOf("weging_pct")).orElseThrow();
        assertThat(weging.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(weging.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(weging.getValidationConstraint().getFormula2()).isEqualTo("100");
        assertThat(weging.getErrorBoxText()).contains("van 0 tot en met 100");
        XSSFDataValidation niveau = validationAt("Borging", tab("Borging").indexOf("ladder_niveau")).orElseThrow();
        assertThat(niveau.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
        assertThat(validationAt("Criteria", tab("Criteria").indexOf("omschrijving"))).isEmpty();
    }

    @Test
    void dateColumnsAcceptOnlyDates() {
        XSSFDataValidation peildatum = validationAt("Doelen", tab("Doelen").indexOf("peildatum")).orElseThrow();
        assertThat(peildatum.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
        assertThat(peildatum.getValidationConstraint().getFormula1()).isEqualTo("DATE(1900,1,1)");
        assertThat(peildatum.getErrorBoxText()).contains("datum").contains("31-12-2025");
    }

    @Test
    void columnsCarryDutchNumberAndDateFormats() {
        assertThat(columnFormat("Doelen", "peildatum")).isEqualTo("dd-mm-yyyy");
        assertThat(columnFormat("Criteria", "fictieve_korting")).isEqualTo("#,##0.00");
        assertThat(columnFormat("Criteria", "weging_pct")).isEqualTo("#,##0.##");
        assertThat(columnFormat("Realisatie", "gerealiseerd")).isEqualTo("#,##0.##");
        assertThat(columnFormat("SROI", "periode")).isEqualTo("@");
        assertThat(formValue(workbook, "Project", "gunningsdatum").getCellStyle().getDataFormatString())
                .isEqualTo("dd-mm-yyyy");
        assertThat(formValue(workbook, "Project", "geraamde_waarde").getCellStyle().getDataFormatString())
                .isEqualTo("#,##0.00");
    }

    @Test
    void alwaysRequiredColumnIsMarkedInRowsWithData() {
        XSSFConditionalFormattingRule rule = markAt("Criteria", 0).orElseThrow();
        assertThat(rule.getFormula1()).isEqualTo("AND(LEN($A3&$B3&$C3&$D3&$E3&$F3&$G3&$H3&$I3&$J3&$K3)>0,A3=\"\")");
        assertThat(rule.getPatternFormatting().getFillBackgroundColorColor().getARGBHex()).endsWith("FFF2CC");
        assertThat(markAt("Criteria", tab("Criteria").indexOf("criteriatool_code"))).as("optional column").isEmpty();
    }

    @Test
    void columnRequiredFromAPhaseLooksAtTheProjectPhase() {
        XSSFConditionalFormattingRule rule = markAt("Criteria", tab("Criteria").indexOf("verificatie")).orElseThrow();
        assertThat(rule.getFormula1()).isEqualTo("AND(LEN($A3&$B3&$C3&$D3&$E3&$F3&$G3&$H3&$I3&$J3&$K3)>0,J3=\"\","
                + "OR(mvi_fase=\"AANBESTEDEN\",mvi_fase=\"UITVOEREN\",mvi_fase=\"AFGEROND\"))");
        XSSFName phase = workbook.getName(TemplateLayout.PHASE_CELL_NAME);
        int faseRow = TemplateLayout.formRow(tab("Project").indexOf("fase")) + 1;
        assertThat(phase.getRefersToFormula()).isEqualTo("Project!$C$" + faseRow);
    }

    @Test
    void formFieldsAreMarkedWhenRequired() {
        int row = TemplateLayout.formRow(tab("Project").indexOf("project_id"));
        assertThat(markOnForm("Project", row).orElseThrow().getFormula1()).isEqualTo("C2=\"\"");
        int contract = TemplateLayout.formRow(tab("Project").indexOf("contractwaarde"));
        assertThat(markOnForm("Project", contract).orElseThrow().getFormula1())
                .isEqualTo("AND(C" + (contract + 1) + "=\"\",OR(mvi_fase=\"UITVOEREN\",mvi_fase=\"AFGEROND\"))");
        int lessen = TemplateLayout.formRow(tab("Evaluatie").indexOf("lessen"));
        assertThat(markOnForm("Evaluatie", lessen).orElseThrow().getFormula1()).contains("mvi_fase=\"AFGEROND\"");
        int remarks = TemplateLayout.formRow(tab("Project").indexOf("opmerkingen"));
        assertThat(markOnForm("Project", remarks)).isEmpty();
    }

    private String columnFormat(String tabKey, String columnKey) {
        return workbook.getSheet(tabKey).getColumnStyle(tab(tabKey).indexOf(columnKey)).getDataFormatString();
    }

    private List<XSSFDataValidation> validations(String sheetName) {
        return workbook.getSheet(sheetName).getDataValidations();
    }

    private Optional<XSSFDataValidation> validationAt(String sheetName, int column) {
        return validations(sheetName).stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst();
    }

    private Optional<XSSFConditionalFormattingRule> markAt(String sheetName, int column) {
        return marks(sheetName).stream()
                .filter(cf -> cf.getFormattingRanges()[0].getFirstColumn() == column)
                .map(cf -> cf.getRule(0))
                .findFirst();
    }

    private Optional<XSSFConditionalFormattingRule> markOnForm(String sheetName, int row) {
        return marks(sheetName).stream()
                .filter(cf -> cf.getFormattingRanges()[0].isInRange(row, TemplateLayout.FORM_VALUE_COLUMN))
                .map(cf -> cf.getRule(0))
                .findFirst();
    }

    private List<XSSFConditionalFormatting> marks(String sheetName) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        List<XSSFConditionalFormatting> all = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            all.add(formatting.getConditionalFormattingAt(i));
        }
        return all;
    }
}
