package nl.mvimonitor.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An output workbook read back for assertions: each sheet as rows of header -> displayed text. */
final class SheetTable {

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    private SheetTable() {
    }

    static SheetTable read(Path workbook) throws IOException {
        SheetTable table = new SheetTable();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                table.sheets.put(sheet.getSheetName(), rows);
            }
        }
        return table;
    }

    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * Rows under the first row that contains {@code firstHeader} in column A, as header -> text, up to the first
     * blank row.
     */
    List<Map<String, String>> records(String sheet, String firstHeader) {
        List<List<String>> rows = sheets.get(sheet);
        if (rows == null) {
            throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
        }
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (!rows.get(i).isEmpty() && firstHeader.equals(rows.get(i).get(0))) {
                header = i;
            }
        }
        if (header < 0) {
            throw new AssertionError("no header " + firstHeader + " in sheet " + sheet);
        }
        List<String> names = rows.get(header);
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = header + 1; i < rows.size() && !String.join("", rows.get(i)).isBlank(); i++) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                List<String> row = rows.get(i);
                record.putIfAbsent(names.get(c), c < row.size() ? row.get(c) : "");
            }
            records.add(record);
        }
        return records;
    }

    /** Every cell's text, by "Sheet!row:col", for comparing two versions of a workbook. */
    Map<String, String> allCells() {
        Map<String, String> cells = new TreeMap<>();
        sheets.forEach((name, rows) -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    cells.put(name + "!" + r + ":" + c, rows.get(r).get(c));
                }
            }
        });
        return cells;
    }

    boolean containsText(String text) {
        return allCells().values().stream().anyMatch(value -> value.contains(text));
    }
}
