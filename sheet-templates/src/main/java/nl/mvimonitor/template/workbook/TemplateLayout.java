package nl.mvimonitor.template.workbook;

import java.util.List;

/**
 * Fixed positions of the template workbook layout, as agreed in {@code docs/adr/0001-template-workbook-layout.md}.
 * Positions of fields come from the schema; these are the frame around them, shared by writer and reader.
 * Rows and columns are 0-based, as in POI.
 */
public final class TemplateLayout {

    /** TABLE tabs: the hidden row with the stable column keys. */
    public static final int TABLE_KEY_ROW = 0;
    /** TABLE tabs: the header row of the Excel Table, with the Dutch labels. */
    public static final int TABLE_HEADER_ROW = 1;
    /** TABLE tabs: the first data row. */
    public static final int TABLE_FIRST_DATA_ROW = 2;
    /**
     * TABLE tabs: at most this many empty rows below the header are prepared for input (unlocked, with dropdowns,
     * formats and required-cell marks), because Excel cannot grow a Table on a protected sheet.
     */
    public static final int TABLE_PREPARED_ROWS_MAX = 1_000;

    /** FORM tabs: the header row of the form's Excel Table. */
    public static final int FORM_HEADER_ROW = 0;
    /** FORM tabs: the row of the first field. */
    public static final int FORM_FIRST_FIELD_ROW = 1;
    /** FORM tabs: the hidden column with the stable field keys. */
    public static final int FORM_KEY_COLUMN = 0;
    /** FORM tabs: the column with the Dutch field labels. */
    public static final int FORM_LABEL_COLUMN = 1;
    /** FORM tabs: the only column a team fills in. */
    public static final int FORM_VALUE_COLUMN = 2;
    /** FORM tabs: the column with the help text. */
    public static final int FORM_HELP_COLUMN = 3;
    /** FORM tabs: the header labels of the form's Table, in column order. */
    public static final List<String> FORM_HEADERS = List.of("Sleutel", "Veld", "Waarde", "Toelichting");

    /** SERVICE tabs (Controle): the header row; findings follow below it. */
    public static final int SERVICE_HEADER_ROW = 0;

    /** Workbook name of the list that feeds the dropdowns of code list {@code key}. */
    public static final String LIST_NAME_PREFIX = "lst_";
    /** Workbook name of the cell that holds the project phase, used by the required-cell marks. */
    public static final String PHASE_CELL_NAME = "mvi_fase";
    /** Key of the FORM field that holds the project phase. */
    public static final String PHASE_FIELD_KEY = "fase";

    /** Custom document property names, one per {@code _meta} key. */
    public static final String PROPERTY_TEMPLATE_ID = "MVI.TemplateId";
    public static final String PROPERTY_TEMPLATE_VERSION = "MVI.TemplateVersion";
    public static final String PROPERTY_ORGANISATION = "MVI.Organisation";
    public static final String PROPERTY_PROJECT_ID = "MVI.ProjectId";
    /** {@code _meta} key of the moment the workbook was generated (ISO-8601, UTC). */
    public static final String META_GENERATED_AT = "generated_at";

    private TemplateLayout() {
    }

    /** The workbook name for code list {@code listKey}, e.g. {@code lst_themas}. */
    public static String listName(String listKey) {
        return LIST_NAME_PREFIX + listKey;
    }

    /** The 0-based row of the {@code fieldIndex}-th field (0-based, schema order) on a FORM tab. */
    public static int formRow(int fieldIndex) {
        return FORM_FIRST_FIELD_ROW + fieldIndex;
    }
}
