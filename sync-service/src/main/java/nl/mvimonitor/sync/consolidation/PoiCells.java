package nl.mvimonitor.sync.consolidation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** {@link CellTarget} on a POI row, for the tabs written whole each time (Dekking, Lijsten). */
record PoiCells(Row row) implements CellTarget {

    @Override
    public void text(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    @Override
    public void number(int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
