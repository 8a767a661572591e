package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.read.ColumnBinding.Bound;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * Reads a TABLE tab while the sheet streams by: buffers the header rows, binds the columns when the first data row
 * arrives, then keeps only bound, non-blank cells of at most the tab's maxRows rows.
 */
final class TableTabReader implements RowSink {

    private final TabVocabulary vocabulary;
    private final String sheetName;
    private final Map<Integer, List<RawCell>> headerRows = new TreeMap<>();
    private final List<SubmissionRow> rows = new ArrayList<>();
    private TableHeader header;
    private ColumnBinding binding;
    private BoundRow row = new BoundRow(new String[0]);
    private List<RawCell> headerCells;
    private int dataRows;
    private int firstDroppedRow;

    TableTabReader(TabVocabulary vocabulary, String sheetName) {
        this.vocabulary = vocabulary;
        this.sheetName = sheetName;
    }

    @Override
    public void startRow(int rowNumber) {
        if (header == null && rowNumber >= SheetLayout.FIRST_DATA_ROW) {
            bindColumns();
        }
        headerCells = header == null ? new ArrayList<>() : null;
        row.clear();
    }

    @Override
    public boolean wants(int column) {
        return header == null || row.isBound(column);
    }

    @Override
    public void cell(RawCell cell) {
        if (headerCells != null) {
            headerCells.add(cell);
        } else {
            row.add(cell);
        }
    }

    @Override
    public void endRow(int rowNumber) {
        if (headerCells != null) {
            headerRows.put(rowNumber, headerCells);
        } else if (rowNumber >= header.firstDataRow()) {
            addRow(rowNumber);
        }
    }

    @Override
    public void finish() {
        if (header == null) {
            bindColumns();
        }
    }

    TabRead result() {
        Map<String, CellRef> columnCells = new LinkedHashMap<>();
        for (Bound bound : binding.bound()) {
            columnCells.put(vocabulary.column(bound.schemaIndex()).key(), bound.slot().labelCell());
        }
        List<Finding> findings = new ArrayList<>(ColumnDrift.findings(binding, sheetName, header.labelRow()));
        if (firstDroppedRow > 0) {
            findings.add(tooManyRows());
        }
        return new TabRead(new SubmittedTab(vocabulary.tab().key(), sheetName, columnCells, rows), findings);
    }

    private void bindColumns() {
        header = TableHeader.detect(vocabulary, headerRows);
        binding = ColumnBinding.bind(vocabulary, header.slots(sheetName, headerRows));
        int width = binding.bound().stream().mapToInt(b -> b.slot().position() + 1).max().orElse(0);
        String[] keyByColumn = new String[width];
        for (Bound bound : binding.bound()) {
            keyByColumn[bound.slot().position()] = vocabulary.column(bound.schemaIndex()).key();
        }
        row = new BoundRow(keyByColumn);
        // with the key row gone, row 2 already holds data
        headerRows.forEach((number, cells) -> {
            if (number >= header.firstDataRow()) {
                cells.forEach(row::add);
                addRow(number);
            }
        });
    }

    private void addRow(int rowNumber) {
        if (row.isEmpty()) {
            return;
        }
        dataRows++;
        if (dataRows <= vocabulary.tab().maxRows()) {
            rows.add(new SubmissionRow(sheetName, rowNumber, row.take()));
        } else {
            row.clear();
            if (firstDroppedRow == 0) {
                firstDroppedRow = rowNumber;
            }
        }
    }

    private Finding tooManyRows() {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        String message = String.format(dutch, "Het tabblad %s heeft %,d rijen met gegevens; er worden er maximaal "
                + "%,d gelezen. De rijen vanaf rij %,d zijn niet gelezen. Verwijder overbodige rijen of neem contact "
                + "op met het MVI-team.", sheetName, dataRows, vocabulary.tab().maxRows(), firstDroppedRow);
        return new Finding(RuleCode.TE_VEEL_RIJEN.severity(), RuleCode.TE_VEEL_RIJEN.name(),
                new CellRef(sheetName, firstDroppedRow, 0), message);
    }
}
