package nl.mvimonitor.sync.consolidation;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * One row of a tab as {@link CellWriter} fills it: a POI row for the small tabs written whole, or row XML for the
 * per-submission tabs whose rows are rendered once and kept ({@link RowXml}). Dates arrive as Excel serial numbers
 * with a date style, as POI stores them.
 */
interface CellTarget {

    /** A text cell; the text is stored as text, never as a formula. */
    void text(int column, String value, CellStyle style);

    /** A number cell. */
    void number(int column, double value, CellStyle style);
}
