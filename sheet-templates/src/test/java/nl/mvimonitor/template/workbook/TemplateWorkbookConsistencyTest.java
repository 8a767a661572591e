package nl.mvimonitor.template.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The written files reopen cleanly and hold none of the inconsistencies that make Excel offer to repair a file:
 * Table column names that differ from their header cells, overlapping or duplicate Tables, formulas that name
 * missing names or sheets.
 */
class TemplateWorkbookConsistencyTest {

    @Test
    void blankTemplateIsConsistent() throws IOException {
        byte[] bytes = GeneratedWorkbooks.templateBytes(ProjectPrefill.blank());
        assertConsistent(bytes);
        try (XSSFWorkbook workbook = GeneratedWorkbooks.open(bytes)) {
            XSSFRow projectId = workbook.getSheet(TemplateSchema.META_SHEET).getRow(3);
            assertThat(projectId.getCell(0).getStringCellValue()).isEqualTo("project_id");
            assertThat(projectId.getCell(1).getStringCellValue()).isEmpty();
            assertThat(workbook.getProperties().getCustomProperties().getProperty(TemplateLayout.PROPERTY_PROJECT_ID)
                    .getLpwstr()).isEmpty();
        }
    }

    @Test
    void filledWorkbookIsConsistent() throws IOException {
        FilledData data = new FilledData(Map.of(
                "Project", List.of(Map.of("fase", "AANBESTEDEN", "gunningsdatum", LocalDate.of(2025, 1, 31))),
                "Criteria", List.of(Map.of("criterium_id", "C1", "omschrijving", "@iedereen =1+1", "weging_pct", 40)),
                "Controle", List.of(Map.of("ernst", "FOUT", "cel", "Criteria!G3", "regel", "WEGING_TOTAAL"))));
        assertConsistent(GeneratedWorkbooks.filledBytes(new ProjectPrefill("Org", "P1", "Naam", "Unit"), data));
    }

    private static void assertConsistent(byte[] bytes) throws IOException {
        try (XSSFWorkbook workbook = GeneratedWorkbooks.open(bytes)) {
            assertTablesMatchTheirHeaders(workbook);
            assertNamesParse(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertValidationsUseExistingNames(workbook, workbook.getSheetAt(i));
                assertConditionalFormulasParse(workbook, i);
            }
        }
        assertStreamingReadOpensEverySheet(bytes);
    }

    private static void assertTablesMatchTheirHeaders(XSSFWorkbook workbook) {
        Set<String> names = new HashSet<>();
        workbook.sheetIterator().forEachRemaining(s -> {
            XSSFSheet sheet = (XSSFSheet) s;
            for (XSSFTable table : sheet.getTables()) {
                assertThat(names.add(table.getName().toLowerCase())).as("unique " + table.getName()).isTrue();
                assertThat(workbook.getName(table.getName())).as("no name clashes with " + table.getName()).isNull();
                XSSFRow header = sheet.getRow(table.getStartRowIndex());
                for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                    assertThat(header.getCell(c).getStringCellValue()).as(table.getName() + " column " + c)
                            .isEqualTo(table.getColumns().get(c - table.getStartColIndex()).getName());
                }
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getCTTable().getRef());
            }
            assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSizeLessThanOrEqualTo(1);
        });
    }

    private static void assertNamesParse(XSSFWorkbook workbook) {
        XSSFEvaluationWorkbook evaluation = XSSFEvaluationWorkbook.create(workbook);
        for (XSSFName name : workbook.getAllNames()) {
            assertThat(workbook.getSheet(name.getSheetName())).as(name.getNameName()).isNotNull();
            assertThatCode(() -> FormulaParser.parse(name.getRefersToFormula(), evaluation, FormulaType.NAMEDRANGE, -1))
                    .as(name.getNameName()).doesNotThrowAnyException();
        }
    }

    private static void assertValidationsUseExistingNames(XSSFWorkbook workbook, XSSFSheet sheet) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            String formula = validation.getValidationConstraint().getFormula1();
            if (formula != null && formula.startsWith(TemplateLayout.LIST_NAME_PREFIX)) {
                assertThat(workbook.getName(formula)).as(sheet.getSheetName() + " " + formula).isNotNull();
            }
        }
    }

    private static void assertConditionalFormulasParse(XSSFWorkbook workbook, int sheetIndex) {
        XSSFEvaluationWorkbook evaluation = XSSFEvaluationWorkbook.create(workbook);
        var formatting = workbook.getSheetAt(sheetIndex).getSheetConditionalFormatting();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formatting.getConditionalFormattingAt(i);
            String formula = format.getRule(0).getFormula1();
            CellRangeAddress range = format.getFormattingRanges()[0];
            assertThatCode(() -> FormulaParser.parse(formula, evaluation, FormulaType.CELL, sheetIndex))
                    .as(workbook.getSheetName(sheetIndex) + " " + range.formatAsString())
                    .doesNotThrowAnyException();
        }
    }

    private static void assertStreamingReadOpensEverySheet(byte[] bytes) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int count = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    assertThat(sheet.readAllBytes()).isNotEmpty();
                    count++;
                }
            }
            assertThat(count).isEqualTo(GeneratedWorkbooks.SCHEMA.tabs().size() + 2);
        } catch (Exception e) {
            throw new AssertionError("package does not open for streaming: " + e, e);
        }
    }
}
