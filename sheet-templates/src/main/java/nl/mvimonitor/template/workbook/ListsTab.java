package nl.mvimonitor.template.workbook;

import java.util.List;
import java.util.regex.Pattern;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The very hidden {@value TemplateSchema#LISTS_SHEET} tab: one column per code list (sorted by key, so every
 * workbook of a version is laid out alike), row 1 the list key, the dropdown texts below, and a workbook name
 * {@code lst_<key>} over each list that the data validations use.
 */
final class ListsTab {

    /** Keys become part of a workbook name, which allows letters, digits and underscores here. */
    private static final Pattern NAME_SAFE = Pattern.compile("[A-Za-z0-9_]+");

    private ListsTab() {
    }

    static void write(XSSFWorkbook workbook, XSSFSheet sheet, TemplateSchema schema, WorkbookStyles styles) {
        List<CodeList> lists = schema.codeLists().values().stream()
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .toList();
        int longest = lists.stream().mapToInt(list -> list.entries().size()).max().orElse(0);
        for (int row = 0; row <= longest; row++) {
            sheet.createRow(row);
        }
        for (int column = 0; column < lists.size(); column++) {
            CodeList list = lists.get(column);
            writeColumn(sheet, column, list, styles);
            name(workbook, sheet, column, list);
        }
        SheetGuard.protectReadOnly(sheet);
    }

    private static void writeColumn(XSSFSheet sheet, int column, CodeList list, WorkbookStyles styles) {
        sheet.getRow(0).createCell(column).setCellValue(list.key());
        List<String> values = list.displayValues();
        for (int i = 0; i < values.size(); i++) {
            XSSFRow row = sheet.getRow(i + 1);
            row.createCell(column).setCellValue(values.get(i));
            row.getCell(column).setCellStyle(styles.listValue());
        }
    }

    private static void name(XSSFWorkbook workbook, XSSFSheet sheet, int column, CodeList list) {
        if (!NAME_SAFE.matcher(list.key()).matches()) {
            throw new IllegalStateException("code list key " + list.key()
                    + " cannot be a workbook name: use letters, digits and underscores only");
        }
        CellReference first = new CellReference(sheet.getSheetName(), 1, column, true, true);
        CellReference last = new CellReference(sheet.getSheetName(), list.entries().size(), column, true, true);
        XSSFName name = workbook.createName();
        name.setNameName(TemplateLayout.listName(list.key()));
        name.setRefersToFormula(new AreaReference(first, last, workbook.getSpreadsheetVersion()).formatAsString());
    }
}
