package nl.mvimonitor.template.schema;

/** How a tab is laid out in the workbook. */
public enum TabLayout {
    /**
     * One record as a vertical form: an Excel Table with columns Veld, Waarde, Toelichting, one row per field,
     * the field keys in hidden column A.
     */
    FORM,
    /** Many records: an Excel Table, one column per field, stable keys in hidden row 1, labels in row 2. */
    TABLE,
    /** Written by the service (Controle): read only for the team, ignored when reading. */
    SERVICE
}
