package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.SCHEMA;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.formValue;
import static nl.mvimonitor.template.workbook.GeneratedWorkbooks.tab;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The blank template, pre-filled with a project, read back with XSSF. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateWorkbookWriterTest {

    private static final ProjectPrefill PREFILL =
            new ProjectPrefill("Waterschap De Vliet", "WDV-2025-017", "Dijkversterking Zuid", "Waterkeringen");

    private final XSSFWorkbook workbook = GeneratedWorkbooks.open(GeneratedWorkbooks.templateBytes(PREFILL));

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void writesEveryTabInSchemaOrderFollowedByTheHiddenTabs() {
        List<String> expected = new ArrayList<>(SCHEMA.tabs().stream().map(TabSchema::sheetName).toList());
        expected.add(TemplateSchema.LISTS_SHEET);
        expected.add(TemplateSchema.META_SHEET);
        List<String> actual = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(sheet -> actual.add(sheet.getSheetName()));
        assertThat(actual).isEqualTo(expected);
        assertThat(workbook.getActiveSheetIndex()).isZero();
    }

    @Test
    void everyTabPrintsLandscapeOnePageWide() {
        for (TabSchema tab : SCHEMA.tabs()) {
            XSSFSheet sheet = workbook.getSheet(tab.sheetName());
            assertThat(sheet.getPrintSetup().getLandscape()).as(tab.key()).isTrue();
            assertThat(sheet.getFitToPage()).as(tab.key()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(tab.key()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(tab.key()).isZero();
        }
    }

    @Test
    void everyTableTabHasItsTableWithTheSchemaLabelsInOrder() {
        for (TabSchema tab : tabs(TabLayout.TABLE)) {
            XSSFTable table = onlyTable(tab);
            assertThat(table.getName()).as(tab.key()).isEqualTo(tab.tableName());
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).as(tab.key())
                    .isEqualTo(tab.columns().stream().map(ColumnSchema::labelNl).toList());
            assertThat(table.getStartRowIndex()).isEqualTo(TemplateLayout.TABLE_HEADER_ROW);
            assertThat(table.getEndRowIndex()).as(tab.key())
                    .isEqualTo(TemplateLayout.TABLE_FIRST_DATA_ROW + TableTab.preparedRows(tab) - 1);
        }
    }

    @Test
    void preparesAtMostAThousandRowsBelowTheHeader() {
        assertThat(TableTab.preparedRows(tab("Doelen"))).isEqualTo(500);
        assertThat(TableTab.preparedRows(tab("Realisatie"))).isEqualTo(TemplateLayout.TABLE_PREPARED_ROWS_MAX);
    }

    @Test
    void everyFormTabIsATableWithOneRowPerField() {
        for (TabSchema tab : tabs(TabLayout.FORM)) {
            XSSFTable table = onlyTable(tab);
            assertThat(table.getName()).isEqualTo(tab.tableName());
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
                    .containsExactly("Sleutel", "Veld", "Waarde", "Toelichting");
            assertThat(table.getEndRowIndex()).isEqualTo(tab.columns().size());
            XSSFSheet sheet = sheet(tab);
            for (int i = 0; i < tab.columns().size(); i++) {
                XSSFRow row = sheet.getRow(TemplateLayout.formRow(i));
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(tab.columns().get(i).key());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(tab.columns().get(i).labelNl());
            }
            assertThat(sheet.isColumnHidden(TemplateLayout.FORM_KEY_COLUMN)).isTrue();
            assertThat(sheet.isColumnHidden(TemplateLayout.FORM_VALUE_COLUMN)).isFalse();
        }
    }

    @Test
    void keyRowHoldsTheStableKeysAndIsHidden() {
        for (TabSchema tab : tabs(TabLayout.TABLE)) {
            XSSFRow keys = sheet(tab).getRow(TemplateLayout.TABLE_KEY_ROW);
            assertThat(keys.getZeroHeight()).as(tab.key()).isTrue();
            for (int i = 0; i < tab.columns().size(); i++) {
                assertThat(keys.getCell(i).getStringCellValue()).isEqualTo(tab.columns().get(i).key());
            }
        }
    }

    @Test
    void headerRowIsFrozenAndCarriesTheHelpAsComments() {
        XSSFSheet criteria = sheet(tab("Criteria"));
        assertThat(criteria.getPaneInformation().isFreezePane()).isTrue();
        assertThat(criteria.getPaneInformation().getHorizontalSplitPosition())
                .isEqualTo((short) TemplateLayout.TABLE_FIRST_DATA_ROW);
        int weging = tab("Criteria").indexOf("weging_pct");
        assertThat(criteria.getCellComment(new CellAddress(TemplateLayout.TABLE_HEADER_ROW, weging)).getString()
                .getString()).isEqualTo(tab("Criteria").requireColumn("weging_pct").helpNl());
        String first = criteria.getCellComment(new CellAddress(TemplateLayout.TABLE_HEADER_ROW, 0)).getString()
                .getString();
        assertThat(first).startsWith(tab("Criteria").helpNl());
        String formHelp = sheet(tab("Project")).getCellComment(new CellAddress(0, TemplateLayout.FORM_LABEL_COLUMN))
                .getString().getString();
        assertThat(formHelp).isEqualTo(tab("Project").helpNl());
    }

    @Test
    void listsAndMetaTabsAreVeryHidden() {
        assertThat(visibility(TemplateSchema.LISTS_SHEET)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(visibility(TemplateSchema.META_SHEET)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(visibility("Project")).isEqualTo(SheetVisibility.VISIBLE);
        assertThat(visibility("Controle")).isEqualTo(SheetVisibility.VISIBLE);
    }

    @Test
    void metaTabAndCustomPropertiesCarryTheTemplateAndProject() {
        XSSFSheet meta = workbook.getSheet(TemplateSchema.META_SHEET);
        Map<String, String> values = new LinkedHashMap<>();
        meta.forEach(row -> values.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
        assertThat(values).containsEntry("template_id", "mvi-project")
                .containsEntry("template_version", "1")
                .containsEntry("organisation", "Waterschap De Vliet")
                .containsEntry("project_id", "WDV-2025-017")
                .containsEntry("generated_at", "2025-06-30T08:00:00Z");

        var custom = workbook.getProperties().getCustomProperties();
        assertThat(custom.getProperty("MVI.TemplateId").getLpwstr()).isEqualTo("mvi-project");
        assertThat(custom.getProperty("MVI.TemplateVersion").getLpwstr()).isEqualTo("1");
        assertThat(custom.getProperty("MVI.Organisation").getLpwstr()).isEqualTo("Waterschap De Vliet");
        assertThat(custom.getProperty("MVI.ProjectId").getLpwstr()).isEqualTo("WDV-2025-017");
    }

    @Test
    void listsTabHoldsEveryCodeListUnderItsWorkbookName() {
        for (CodeList list : SCHEMA.codeLists().values()) {
            XSSFName name = workbook.getName(TemplateLayout.listName(list.key()));
            assertThat(name).as(list.key()).isNotNull();
            assertThat(name.getSheetName()).isEqualTo(TemplateSchema.LISTS_SHEET);
            AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
            XSSFSheet lists = workbook.getSheet(TemplateSchema.LISTS_SHEET);
            int column = area.getFirstCell().getCol();
            assertThat(lists.getRow(0).getCell(column).getStringCellValue()).isEqualTo(list.key());
            List<String> shown = new ArrayList<>();
            for (CellReference cell : area.getAllReferencedCells()) {
                shown.add(lists.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
            }
            assertThat(shown).as(list.key()).isEqualTo(list.displayValues());
        }
    }

    @Test
    void listEntriesStayTextWhateverTheyStartWith() {
        XSSFSheet lists = workbook.getSheet(TemplateSchema.LISTS_SHEET);
        AreaReference area = new AreaReference(workbook.getName("lst_en15804").getRefersToFormula(),
                workbook.getSpreadsheetVersion());
        CellReference first = area.getFirstCell();
        var cell = lists.getRow(first.getRow()).getCell(first.getCol());
        assertThat(cell.getStringCellValue()).isEqualTo("+A1");
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void prefillLandsInTheProjectForm() {
        assertThat(workbook.getSheet("Project").getRow(1).getCell(2).getStringCellValue()).isEqualTo("WDV-2025-017");
        assertThat(formValue(workbook, "Project", "projectnaam").getStringCellValue())
                .isEqualTo("Dijkversterking Zuid");
        assertThat(formValue(workbook, "Project", "organisatieonderdeel").getStringCellValue())
                .isEqualTo("Waterkeringen");
        assertThat(formValue(workbook, "Project", "fase").getCellType()).isEqualTo(CellType.BLANK);
    }

    private List<TabSchema> tabs(TabLayout layout) {
        List<TabSchema> tabs = SCHEMA.tabs().stream().filter(t -> t.layout() == layout).toList();
        assertThat(tabs).isNotEmpty();
        return tabs;
    }

    private XSSFSheet sheet(TabSchema tab) {
        return workbook.getSheet(tab.sheetName());
    }

    private XSSFTable onlyTable(TabSchema tab) {
        List<XSSFTable> tables = sheet(tab).getTables();
        assertThat(tables).as(tab.key()).hasSize(1);
        return tables.get(0);
    }

    private SheetVisibility visibility(String sheetName) {
        return workbook.getSheetVisibility(workbook.getSheetIndex(sheetName));
    }
}
