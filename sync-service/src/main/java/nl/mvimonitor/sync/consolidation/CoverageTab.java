package nl.mvimonitor.sync.consolidation;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.mvimonitor.sync.consolidation.SheetTable.Column;

/**
 * The Dekking tab: expected, received and valid projects per unit and year, the response rate and a total row.
 * Without a project register a note row says so, and only received and valid are counted. A project counts once;
 * files with the ProjectID of another file that counts are in the column {@value #DUPLICATES}.
 */
final class CoverageTab {

    static final String NAME = "Dekking";
    static final String TOTAL_LABEL = "Totaal";
    static final String DUPLICATES = "Dubbele bestanden";
    static final String NO_REGISTER_NOTE = "Er is geen projectregister ingesteld: het aantal verwachte projecten "
            + "en de respons zijn onbekend. Ontvangen projecten zijn geteld per jaar van ontvangst.";

    private final CellWriter cells;

    CoverageTab(CellWriter cells) {
        this.cells = cells;
    }

    void write(Workbook workbook, Coverage coverage) {
        List<Column> columns = List.of(
                new Column("Organisatieonderdeel", 26),
                new Column("Jaar", 8),
                new Column("Verwacht", 11),
                new Column("Ontvangen", 12),
                new Column("Geldig (OK of WAARSCHUWING)", 16),
                new Column("Respons %", 11),
                new Column("Niet in register", 12),
                new Column(DUPLICATES, 12));
        SheetTable table = new SheetTable(workbook, NAME, columns, cells.styles());
        for (CoverageRow row : coverage.rows()) {
            CellTarget cellsRow = new PoiCells(table.newRow());
            cells.text(cellsRow, 0, row.unit());
            cells.year(cellsRow, 1, row.year());
            writeCounts(cellsRow, row, coverage.hasRegister());
        }
        table.finish();
        // the total row stays below the filter range, so sorting or filtering never moves it
        Row total = table.newRow();
        cells.styledText(new PoiCells(total), 0, TOTAL_LABEL, cells.styles().totalLabel);
        writeCounts(new PoiCells(total), coverage.total(), coverage.hasRegister());
        if (!coverage.hasRegister()) {
            Row note = table.sheet().createRow(total.getRowNum() + 2);
            cells.styledText(new PoiCells(note), 0, NO_REGISTER_NOTE, cells.styles().note);
        }
    }

    private void writeCounts(CellTarget row, CoverageRow counts, boolean register) {
        if (register) {
            cells.integer(row, 2, counts.expected());
        }
        cells.integer(row, 3, counts.received());
        cells.integer(row, 4, counts.valid());
        counts.responsePercent().ifPresent(p -> cells.number(row, 5, p.movePointLeft(2), cells.styles().percent));
        if (register) {
            cells.integer(row, 6, counts.notInRegister());
        }
        cells.integer(row, 7, counts.duplicates());
    }
}
