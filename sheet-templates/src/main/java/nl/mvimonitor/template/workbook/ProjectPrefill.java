package nl.mvimonitor.template.workbook;

/**
 * What the MVI team fills in before a sheet goes to a project team. Any part may be null for a blank template.
 *
 * @param organisation organisation name, e.g. {@code Waterschap De Vliet}
 * @param projectId    ProjectID
 * @param projectName  project name
 * @param unit         organisational unit
 */
public record ProjectPrefill(String organisation, String projectId, String projectName, String unit) {

    public static ProjectPrefill blank() {
        return new ProjectPrefill(null, null, null, null);
    }

    /** The prefill value named by a column's {@code prefill} attribute, or null. */
    public String value(String prefillName) {
        if (prefillName == null) {
            return null;
        }
        return switch (prefillName) {
            case "organisation" -> organisation;
            case "project_id" -> projectId;
            case "project_name" -> projectName;
            case "unit" -> unit;
            default -> null;
        };
    }
}
