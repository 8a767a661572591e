package nl.mvimonitor.template.workbook;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/** Creates the one Excel Table of a tab over header cells that are already written. */
final class ExcelTables {

    private static final String STYLE = "TableStyleMedium2";

    private ExcelTables() {
    }

    /**
     * A Table named {@code name} from {@code headerRow} to {@code lastRow}, columns {@code 0..lastColumn}; its column
     * names are taken from the header cells, so they always equal them (Excel repairs a file where they differ).
     */
    static XSSFTable create(XSSFSheet sheet, String name, int headerRow, int lastRow, int lastColumn) {
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, lastColumn), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.updateHeaders();
        CTTable ct = table.getCTTable();
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        return table;
    }
}
