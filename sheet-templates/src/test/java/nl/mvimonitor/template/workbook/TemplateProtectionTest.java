package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.SCHEMA;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.formValue;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tab;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

/** Keys and labels are locked, input cells are not, and no password stands in the way of normal editing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateProtectionTest {

    private final XSSFWorkbook workbook = GeneratedWorkbooks.open(GeneratedWorkbooks.templateBytes(ProjectPrefill.blank()));

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void everyTabIsProtectedWithoutAPassword() {
        workbook.sheetIterator().forEachRemaining(sheet -> {
            XSSFSheet xssf = (XSSFSheet) sheet;
            assertThat(xssf.isSheetLocked()).as(sheet.getSheetName()).isTrue();
            CTSheetProtection protection = xssf.getCTWorksheet().getSheetProtection();
            assertThat(protection.isSetPassword()).as(sheet.getSheetName()).isFalse();
            assertThat(protection.isSetHashValue()).as(sheet.getSheetName()).isFalse();
        });
        assertThat(workbook.isStructureLocked()).isTrue();
        assertThat(workbook.getCTWorkbook().getWorkbookProtection().isSetWorkbookPassword()).isFalse();
        assertThat(workbook.getCTWorkbook().getWorkbookProtection().isSetWorkbookHashValue()).isFalse();
    }

    @Test
    void dataTabsStillAllowInsertingRowsSortingAndFiltering() {
        for (TabSchema tab : SCHEMA.dataTabs()) {
            XSSFSheet sheet = workbook.getSheet(tab.sheetName());
            assertThat(sheet.isInsertRowsLocked()).as(tab.key()).isFalse();
            assertThat(sheet.isSortLocked()).as(tab.key()).isFalse();
            assertThat(sheet.isAutoFilterLocked()).as(tab.key()).isFalse();
            assertThat(sheet.isFormatColumnsLocked()).as(tab.key()).isFalse();
            assertThat(sheet.isDeleteColumnsLocked()).as(tab.key()).isTrue();
            assertThat(sheet.isInsertColumnsLocked()).as(tab.key()).isTrue();
        }
        assertThat(workbook.getSheet("Controle").isInsertRowsLocked()).isTrue();
    }

    @Test
    void tableInputColumnsAreUnlockedWhileKeysAndLabelsStayLocked() {
        for (TabSchema tab : SCHEMA.tabs()) {
            if (tab.layout() != TabLayout.TABLE) {
                continue;
            }
            XSSFSheet sheet = workbook.getSheet(tab.sheetName());
            for (int column = 0; column < tab.columns().size(); column++) {
                assertThat(sheet.getColumnStyle(column).getLocked()).as(tab.key() + " column " + column).isFalse();
                assertThat(sheet.getRow(TemplateLayout.TABLE_KEY_ROW).getCell(column).getCellStyle().getLocked())
                        .isTrue();
                assertThat(sheet.getRow(TemplateLayout.TABLE_HEADER_ROW).getCell(column).getCellStyle().getLocked())
                        .isTrue();
            }
            assertThat(sheet.getColumnStyle(tab.columns().size()).getLocked())
                    .as("column right of the Table of " + tab.key()).isTrue();
        }
    }

    @Test
    void formValueCellsAreUnlockedWhileKeysLabelsAndHelpStayLocked() {
        XSSFSheet project = workbook.getSheet("Project");
        int row = TemplateLayout.formRow(tab("Project").indexOf("cpv_code"));
        assertThat(formValue(workbook, "Project", "cpv_code").getCellStyle().getLocked()).isFalse();
        assertThat(project.getRow(row).getCell(TemplateLayout.FORM_KEY_COLUMN).getCellStyle().getLocked()).isTrue();
        assertThat(project.getRow(row).getCell(TemplateLayout.FORM_LABEL_COLUMN).getCellStyle().getLocked()).isTrue();
        assertThat(project.getRow(row).getCell(TemplateLayout.FORM_HELP_COLUMN).getCellStyle().getLocked()).isTrue();
        assertThat(project.getRow(0).getCell(TemplateLayout.FORM_VALUE_COLUMN).getCellStyle().getLocked()).isTrue();
    }

    @Test
    void hiddenTabsAreReadOnly() {
        assertThat(workbook.getSheet(TemplateSchema.LISTS_SHEET).isSheetLocked()).isTrue();
        assertThat(workbook.getSheet(TemplateSchema.META_SHEET).isSheetLocked()).isTrue();
        assertThat(workbook.getSheet(TemplateSchema.META_SHEET).getRow(0).getCell(1).getCellStyle().getLocked())
                .isTrue();
    }
}
