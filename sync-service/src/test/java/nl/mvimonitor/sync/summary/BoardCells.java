package nl.mvimonitor.sync.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every cell of a board workbook as the board sees it: one line per row, tab name first, cells as formatted text. */
final class BoardCells {

    private BoardCells() {
    }

    static List<String> of(byte[] workbookBytes) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            for (Sheet sheet : workbook) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    StringBuilder line = new StringBuilder(sheet.getSheetName()).append('!').append(r + 1);
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        line.append('\t').append(formatter.formatCellValue(row.getCell(c)));
                    }
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }
}
