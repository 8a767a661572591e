package nl.mvimonitor.template.workbook;

import static nl.mvimonitor.template.workbook.TemplateLayout.SERVICE_HEADER_ROW;

import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A SERVICE tab (Controle): a header row the service writes its findings under, read-only for the team. It has no
 * Excel Table, so the service can rewrite its rows without resizing one.
 */
final class ServiceTab {

    private final WorkbookStyles styles;
    private final CellValues values;
    private final ColumnWidths widths;

    ServiceTab(WorkbookStyles styles, CellValues values, ColumnWidths widths) {
        this.styles = styles;
        this.values = values;
        this.widths = widths;
    }

    void write(XSSFSheet sheet, TabSchema tab, List<Map<String, Object>> rows) {
        XSSFRow header = sheet.createRow(SERVICE_HEADER_ROW);
        HelpComments comments = new HelpComments(sheet);
        for (int index = 0; index < tab.columns().size(); index++) {
            ColumnSchema column = tab.columns().get(index);
            XSSFCell cell = header.createCell(index);
            cell.setCellValue(column.labelNl());
            cell.setCellStyle(styles.label());
            comments.add(cell, index == 0 ? HelpComments.join(tab.helpNl(), column.helpNl()) : column.helpNl());
            sheet.setColumnWidth(index, ColumnWidths.poiWidth(widths.tableColumn(column)));
        }
        for (int i = 0; i < rows.size(); i++) {
            values.writeRecord(sheet.createRow(SERVICE_HEADER_ROW + 1 + i), tab, rows.get(i));
        }
        sheet.createFreezePane(0, SERVICE_HEADER_ROW + 1);
        SheetGuard.protectReadOnly(sheet);
    }
}
