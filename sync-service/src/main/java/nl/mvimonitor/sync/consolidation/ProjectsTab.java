package nl.mvimonitor.sync.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * The Projecten tab: one row per project, from the current submission that counts for it, with its key fields,
 * status and source. A duplicate with the same ProjectID has no row here; Bronbestanden and Validatie show it.
 */
final class ProjectsTab implements SubmissionTab {

    static final String NAME = "Projecten";
    private static final String PROJECT_TAB = "Project";
    private static final String CRITERIA_TAB = "Criteria";
    /** Project fields shown, by schema key; their labels come from the schema. */
    private static final List<String> FIELDS =
            List.of("project_id", "projectnaam", "organisatieonderdeel", "fase", "opdrachtsoort", "contractwaarde");

    private final TabSchema project;
    private final CellWriter cells;

    ProjectsTab(TemplateSchema schema, CellWriter cells) {
        this.project = schema.requireTab(PROJECT_TAB);
        this.cells = cells;
        FIELDS.forEach(project::requireColumn);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void writeRows(SubmissionSummary submission, SubmissionQueries data, RowSink rows) {
        if (!submission.counts()) {
            return;
        }
        List<TypedRow> fields = new ArrayList<>(1);
        data.forEachRowOf(submission, PROJECT_TAB, fields::add);
        int criteria = data.rowCountOf(submission, CRITERIA_TAB);
        // a form tab has one row; the last one read wins, as it did when rows were collected per submission
        TypedRow project = fields.isEmpty() ? new TypedRow(0, Map.of()) : fields.get(fields.size() - 1);
        writeRow(rows.newRow(), submission, project, criteria);
    }

    @Override
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(label("project_id"), 16));
        columns.add(new Column(label("projectnaam"), 36));
        columns.add(new Column(label("organisatieonderdeel"), 24));
        columns.add(new Column(label("fase"), 14));
        columns.add(new Column(label("opdrachtsoort"), 14));
        columns.add(new Column(label("contractwaarde"), 18));
        columns.add(new Column("Aantal criteria", 10));
        columns.add(new Column("Status", 16));
        columns.add(new Column("Fouten", 9));
        columns.add(new Column("Waarschuwingen", 9));
        columns.add(new Column("Sjabloonversie", 10));
        columns.add(new Column("Bronbestand", 30));
        columns.add(new Column("Ontvangen", 17));
        return columns;
    }

    private void writeRow(CellTarget row, SubmissionSummary submission, TypedRow fields, int criteriaCount) {
        String projectId = submission.projectId() != null ? submission.projectId() : fields.text("project_id");
        cells.text(row, 0, projectId);
        cells.value(row, 1, project.requireColumn("projectnaam"), fields.values().get("projectnaam"));
        cells.text(row, 2, submission.unit() != null ? submission.unit() : fields.text("organisatieonderdeel"));
        cells.text(row, 3, submission.phase() != null ? submission.phase().name() : fields.text("fase"));
        cells.value(row, 4, project.requireColumn("opdrachtsoort"), fields.values().get("opdrachtsoort"));
        cells.value(row, 5, project.requireColumn("contractwaarde"), fields.values().get("contractwaarde"));
        cells.integer(row, 6, criteriaCount);
        cells.status(row, 7, submission.status());
        cells.integer(row, 8, submission.errors());
        cells.integer(row, 9, submission.warnings());
        if (submission.templateVersion() != null) {
            cells.integer(row, 10, submission.templateVersion());
        }
        cells.text(row, 11, submission.sourceName());
        cells.instant(row, 12, submission.receivedAt());
    }

    private String label(String key) {
        return project.requireColumn(key).labelNl();
    }
}
