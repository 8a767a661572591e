package nl.mvimonitor.template.schema;

/** The kind of value a column holds; drives cell format, dropdowns and type checks. */
public enum ColumnType {
    /** Short text on one line. */
    TEXT,
    /** Free text, possibly several sentences; checked most strictly for personal data. */
    LONG_TEXT,
    /** Whole number. */
    INTEGER,
    /** Decimal number. */
    DECIMAL,
    /** Amount in euro excluding VAT. */
    AMOUNT,
    /** Percentage 0-100 as a number (not a fraction). */
    PERCENT,
    /** Calendar date. */
    DATE,
    /** ja/nee, from the code list {@code janee}. */
    YES_NO,
    /** A code from the column's code list. */
    CODE,
    /** A reporting period: {@code YYYY} or {@code YYYY-Qn}. */
    PERIOD;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == AMOUNT || this == PERCENT;
    }
}
