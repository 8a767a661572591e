package nl.mvimonitor.template.read;

import org.xml.sax.SAXException;

import nl.mvimonitor.template.submission.RawCell;

/**
 * Receives one sheet's value cells row by row from {@link SheetHandler}. A sink says which columns it wants, so
 * cells it does not want are skipped without being converted. Any callback may throw {@link StopParsing} once the
 * sink has read enough.
 */
interface RowSink {

    void startRow(int rowNumber) throws SAXException;

    /** Whether the current row's cell in this 0-based column should be converted and passed to {@link #cell}. */
    boolean wants(int column);

    /** A wanted cell that holds a value (cells without a value are never passed). */
    void cell(RawCell cell);

    void endRow(int rowNumber) throws SAXException;

    /** After the last row, or after the sink stopped the parse. */
    void finish();
}
