package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.mvimonitor.template.read.TabVocabulary.Method;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.workbook.TemplateLayout;

/**
 * Reads the top of a sheet that did not bind by name: the header rows of a table and the key and label columns of
 * a form, enough to recognise a renamed tab by its content. Stops after {@link #ROWS} rows.
 */
final class HeaderProbe implements RowSink {

    /** Enough rows for every field of a form, with room for a few inserted rows. */
    static final int ROWS = 100;

    private final List<String> texts = new ArrayList<>();
    private int row;

    @Override
    public void startRow(int rowNumber) throws StopParsing {
        if (rowNumber > ROWS) {
            throw new StopParsing();
        }
        row = rowNumber;
    }

    @Override
    public boolean wants(int column) {
        return row <= SheetLayout.LABEL_ROW || column <= TemplateLayout.FORM_LABEL_COLUMN;
    }

    @Override
    public void cell(RawCell cell) {
        if (!cell.isBlank()) {
            texts.add(cell.text());
        }
    }

    @Override
    public void endRow(int rowNumber) {
        // texts are collected per cell
    }

    @Override
    public void finish() {
        // nothing pending
    }

    /** How many of the tab's columns this sheet names, by key or label. */
    int score(TabVocabulary vocabulary) {
        Set<Integer> found = new HashSet<>();
        for (String text : texts) {
            int column = vocabulary.lookup(Method.KEY, text);
            found.add(column >= 0 ? column : vocabulary.lookupLabel(text));
        }
        found.remove(-1);
        return found.size();
    }

    /** At least two columns and half of the tab: a few shared labels (Thema, Periode) do not make a match. */
    static boolean isMatch(int score, TabVocabulary vocabulary) {
        return score >= Math.max(2, (vocabulary.size() + 1) / 2);
    }
}
