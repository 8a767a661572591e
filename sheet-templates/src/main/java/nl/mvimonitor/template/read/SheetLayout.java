package nl.mvimonitor.template.read;

import nl.mvimonitor.template.workbook.TemplateLayout;

/**
 * Where the template puts keys, labels and values (docs/adr/0001-template-workbook-layout.md). Field positions come
 * from the schema; these are the fixed rows of the layout around them, taken from the writer's {@link TemplateLayout}
 * (0-based there) as the 1-based row numbers the reader's cell references use. Columns are 0-based in both, so the
 * reader takes them from {@link TemplateLayout} as they are.
 */
final class SheetLayout {

    /** TABLE: hidden row with the stable column keys. */
    static final int KEY_ROW = TemplateLayout.TABLE_KEY_ROW + 1;
    /** TABLE: header row with the Dutch labels. */
    static final int LABEL_ROW = TemplateLayout.TABLE_HEADER_ROW + 1;
    /** TABLE: first data row. */
    static final int FIRST_DATA_ROW = TemplateLayout.TABLE_FIRST_DATA_ROW + 1;

    /** FORM: the table's header row (Sleutel, Veld, Waarde, Toelichting). */
    static final int FORM_HEADER_ROW = TemplateLayout.FORM_HEADER_ROW + 1;
    /** FORM: row of the first field. */
    static final int FIRST_FIELD_ROW = TemplateLayout.FORM_FIRST_FIELD_ROW + 1;

    private SheetLayout() {
    }
}
