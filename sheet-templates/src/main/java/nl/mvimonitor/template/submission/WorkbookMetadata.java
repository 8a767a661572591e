package nl.mvimonitor.template.submission;

/**
 * What a workbook says about itself, from the very hidden {@code _meta} sheet or the custom document properties.
 * Any field may be null when the workbook does not carry it.
 */
public record WorkbookMetadata(String templateId, Integer templateVersion, String organisation, String projectId) {

    public static final String KEY_TEMPLATE_ID = "template_id";
    public static final String KEY_TEMPLATE_VERSION = "template_version";
    public static final String KEY_ORGANISATION = "organisation";
    public static final String KEY_PROJECT_ID = "project_id";

    public static WorkbookMetadata unknown() {
        return new WorkbookMetadata(null, null, null, null);
    }
}
