package nl.mvimonitor.template.read;

/**
 * Where the template puts keys, labels and values (docs/adr/0001-template-workbook-layout.md). Field positions come
 * from the schema; these are the fixed rows and columns of the layout around them.
 */
final class SheetLayout {

    /** TABLE: hidden row with the stable column keys. */
    static final int KEY_ROW = 1;
    /** TABLE: header row with the Dutch labels. */
    static final int LABEL_ROW = 2;
    /** TABLE: first data row. */
    static final int FIRST_DATA_ROW = 3;

    /** FORM: the table's header row (Sleutel, Veld, Waarde, Toelichting). */
    static final int FORM_HEADER_ROW = 1;
    /** FORM: row of the first field. */
    static final int FIRST_FIELD_ROW = 2;
    /** FORM: hidden column with the field keys (0-based). */
    static final int KEY_COLUMN = 0;
    /** FORM: column with the Dutch field label. */
    static final int LABEL_COLUMN = 1;
    /** FORM: column with the value. */
    static final int VALUE_COLUMN = 2;

    private SheetLayout() {
    }
}
