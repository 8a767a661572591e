package nl.mvimonitor.template.read;

import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_KEY_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_LABEL_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_VALUE_COLUMN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.read.ColumnBinding.Bound;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * Reads a FORM tab: one field per row, key in column A, label in B, value in C. Fields bind by key, then label, in
 * any row order; when the key column was deleted, labels and values have shifted one column to the left.
 */
final class FormTabReader implements RowSink {

    /** Key, label and value cells are all the form needs. */
    private static final int COLUMNS_READ = FORM_VALUE_COLUMN + 1;

    private final TabVocabulary vocabulary;
    private final String sheetName;
    private final List<RawCell[]> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private RawCell[] current;

    FormTabReader(TabVocabulary vocabulary, String sheetName) {
        this.vocabulary = vocabulary;
        this.sheetName = sheetName;
    }

    @Override
    public void startRow(int rowNumber) {
        current = new RawCell[COLUMNS_READ];
    }

    @Override
    public boolean wants(int column) {
        return column < COLUMNS_READ;
    }

    @Override
    public void cell(RawCell cell) {
        current[cell.ref().column()] = cell;
    }

    @Override
    public void endRow(int rowNumber) {
        for (RawCell cell : current) {
            if (cell != null && !cell.isBlank()) {
                rows.add(current);
                rowNumbers.add(rowNumber);
                return;
            }
        }
    }

    @Override
    public void finish() {
        // everything happens in result(): a form is small and has no streaming work to do
    }

    TabRead result() {
        int keyColumn = keyColumn();
        int labelColumn = keyColumn >= 0 ? keyColumn + 1 : labelColumn();
        int valueColumn = labelColumn + 1;
        List<HeaderSlot> slots = new ArrayList<>();
        Map<Integer, RawCell> values = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RawCell[] cells = rows.get(i);
            int row = rowNumbers.get(i);
            slots.add(new HeaderSlot(row, keyColumn >= 0 ? text(cells[keyColumn]) : "", text(cells[labelColumn]),
                    new CellRef(sheetName, row, labelColumn)));
            values.put(row, cells[valueColumn]);
        }
        ColumnBinding binding = ColumnBinding.bind(vocabulary, slots);
        ColumnBinding reported = withExtraRows(binding, slots, values);
        return new TabRead(tab(binding, values), ColumnDrift.findings(reported, sheetName, SheetLayout.FORM_HEADER_ROW));
    }

    private SubmittedTab tab(ColumnBinding binding, Map<Integer, RawCell> values) {
        Map<String, CellRef> columnCells = new LinkedHashMap<>();
        Map<String, RawCell> cells = new HashMap<>();
        int firstRow = Integer.MAX_VALUE;
        for (Bound bound : binding.bound()) {
            String key = vocabulary.column(bound.schemaIndex()).key();
            columnCells.put(key, bound.slot().labelCell());
            RawCell value = values.get(bound.slot().position());
            if (value != null && !value.isBlank()) {
                cells.put(key, value);
            }
            firstRow = Math.min(firstRow, bound.slot().position());
        }
        List<SubmissionRow> record = cells.isEmpty() ? List.of() : List.of(new SubmissionRow(sheetName, firstRow, cells));
        return new SubmittedTab(vocabulary.tab().key(), sheetName, columnCells, record);
    }

    /**
     * The rows to report as extra: unbound rows with a label, and rows with only a value (which would otherwise be
     * lost silently). The form's own header row (Sleutel, Veld, Waarde) is never an extra field.
     */
    private static ColumnBinding withExtraRows(ColumnBinding binding, List<HeaderSlot> slots,
                                               Map<Integer, RawCell> values) {
        List<HeaderSlot> unbound = new ArrayList<>(binding.unbound());
        for (HeaderSlot slot : slots) {
            RawCell value = values.get(slot.position());
            if (slot.isBlank() && value != null && !value.isBlank()) {
                unbound.add(slot);
            }
        }
        unbound.removeIf(s -> s.position() == SheetLayout.FORM_HEADER_ROW);
        return new ColumnBinding(binding.vocabulary(), binding.bound(), unbound, binding.missing());
    }

    /** Column A holds keys unless it names more fields by label than by key (the key column was deleted). */
    private int keyColumn() {
        long keys = rows.stream().filter(r -> vocabulary.isKey(text(r[FORM_KEY_COLUMN]))).count();
        return keys > 0 && keys >= labels(FORM_KEY_COLUMN) ? FORM_KEY_COLUMN : -1;
    }

    private int labelColumn() {
        return labels(FORM_KEY_COLUMN) > labels(FORM_LABEL_COLUMN)
                ? FORM_KEY_COLUMN : FORM_LABEL_COLUMN;
    }

    private long labels(int column) {
        return rows.stream().filter(r -> vocabulary.isLabel(text(r[column]))).count();
    }

    private static String text(RawCell cell) {
        return cell == null ? "" : cell.text().trim();
    }
}
