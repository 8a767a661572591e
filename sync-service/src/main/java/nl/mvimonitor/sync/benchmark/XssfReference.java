package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The naive way to read a workbook, for comparison: POI's XSSF object model, every cell of every sheet read by its
 * type (text, number, yes/no, a formula's cached value), no formatting.
 */
final class XssfReference {

    private XssfReference() {
    }

    /** Reads every cell of the file; returns the number of cells read. */
    static long read(Path file) throws IOException, InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        // revert, not close: closing a read-only package makes POI warn that close() is meant to save it
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            long cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        value(cell, cell.getCellType());
                        cells++;
                    }
                }
            }
            return cells;
        } finally {
            pkg.revert();
        }
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }
}
