package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.TypedRow;

/**
 * A union of one table tab (Doelen, Criteria, Borging, Realisatie, SROI) over all current submissions: ProjectID
 * and Organisatieonderdeel first, then the tab's columns in schema order with their Dutch labels, then the source
 * file and row. Rows of a duplicate with the ProjectID of another submission are left out: a project counts once.
 */
final class UnionTab implements SubmissionTab {

    private static final String PROJECT_TAB = "Project";

    private final TemplateSchema schema;
    private final TabSchema tab;
    private final CellWriter cells;

    UnionTab(TemplateSchema schema, String tabKey, CellWriter cells) {
        this.schema = schema;
        this.tab = schema.requireTab(tabKey);
        this.cells = cells;
    }

    @Override
    public String name() {
        return tab.sheetName();
    }

    @Override
    public void writeRows(SubmissionSummary submission, SubmissionQueries data, RowSink rows) {
        if (!submission.counts()) {
            return;
        }
        data.forEachRowOf(submission, tab.key(), row -> writeRow(rows.newRow(), submission, row));
    }

    @Override
    public List<Column> columns() {
        TabSchema project = schema.requireTab(PROJECT_TAB);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(project.requireColumn("project_id").labelNl(), 16));
        columns.add(new Column(project.requireColumn("organisatieonderdeel").labelNl(), 24));
        for (ColumnSchema column : tab.columns()) {
            columns.add(new Column(column.labelNl(), widthOf(column)));
        }
        columns.add(new Column("Bronbestand", 30));
        columns.add(new Column("Bronrij", 8));
        return columns;
    }

    private void writeRow(CellTarget row, SubmissionSummary submission, TypedRow values) {
        cells.text(row, 0, submission.projectId());
        cells.text(row, 1, submission.unit());
        int index = 2;
        for (ColumnSchema column : tab.columns()) {
            writeValue(row, index++, column, values.values().get(column.key()));
        }
        cells.text(row, index++, submission.sourceName());
        cells.integer(row, index, values.rowNumber());
    }

    private void writeValue(CellTarget row, int index, ColumnSchema column, Object value) {
        if (SmallCounts.isPersonCount(tab.key(), column.key()) && value instanceof BigDecimal count) {
            Optional<String> masked = SmallCounts.mask(count);
            if (masked.isPresent()) {
                cells.text(row, index, masked.get());
                return;
            }
        }
        cells.value(row, index, column, value);
    }

    /** Widths by kind of content; never autosized, because a tab may hold hundreds of thousands of rows. */
    static int widthOf(ColumnSchema column) {
        return switch (column.type()) {
            case LONG_TEXT -> 50;
            case TEXT -> 22;
            case CODE -> 20;
            case AMOUNT -> 16;
            case DATE -> 12;
            default -> 12;
        };
    }
}
