package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Where a TABLE tab's header is. Normally keys in row 1 and labels in row 2; when the team deleted the hidden key
 * row, the labels moved up to row 1 and the data to row 2, and the columns bind by label alone.
 *
 * @param keyRow       row with the stable keys, or 0 when there is none
 * @param labelRow     row with the labels
 * @param firstDataRow first row of data
 */
record TableHeader(int keyRow, int labelRow, int firstDataRow) {

    static TableHeader detect(TabVocabulary vocabulary, Map<Integer, List<RawCell>> headerRows) {
        List<RawCell> first = headerRows.getOrDefault(SheetLayout.KEY_ROW, List.of());
        List<RawCell> second = headerRows.getOrDefault(SheetLayout.LABEL_ROW, List.of());
        long firstKeys = first.stream().filter(c -> vocabulary.isKey(c.text())).count();
        long firstLabels = first.stream().filter(c -> vocabulary.isLabel(c.text())).count();
        // a key row names some columns by label too (key thema, label Thema); a label row has more labels than keys
        if (firstKeys > 0 && firstKeys >= firstLabels) {
            return new TableHeader(SheetLayout.KEY_ROW, SheetLayout.LABEL_ROW, SheetLayout.FIRST_DATA_ROW);
        }
        if (firstLabels > second.stream().filter(c -> vocabulary.isLabel(c.text())).count()) {
            return new TableHeader(0, SheetLayout.KEY_ROW, SheetLayout.LABEL_ROW);
        }
        return new TableHeader(0, SheetLayout.LABEL_ROW, SheetLayout.FIRST_DATA_ROW);
    }

    /** One slot per column that has a key or a label, in column order. */
    List<HeaderSlot> slots(String sheetName, Map<Integer, List<RawCell>> headerRows) {
        Map<Integer, String> keys = texts(headerRows.get(keyRow));
        Map<Integer, String> labels = texts(headerRows.get(labelRow));
        TreeMap<Integer, Boolean> columns = new TreeMap<>();
        keys.keySet().forEach(c -> columns.put(c, true));
        labels.keySet().forEach(c -> columns.put(c, true));
        List<HeaderSlot> slots = new ArrayList<>();
        for (int column : columns.keySet()) {
            slots.add(new HeaderSlot(column, keys.get(column), labels.get(column),
                    new CellRef(sheetName, labelRow, column)));
        }
        return slots;
    }

    private static Map<Integer, String> texts(List<RawCell> cells) {
        Map<Integer, String> texts = new TreeMap<>();
        if (cells != null) {
            for (RawCell cell : cells) {
                if (!cell.isBlank()) {
                    texts.put(cell.ref().column(), cell.text().trim());
                }
            }
        }
        return texts;
    }
}
