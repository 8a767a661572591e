package nl.mvimonitor.sync.consolidation;

import java.util.List;


import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The Validatie tab: one row per finding. Only the finding's own parts are written (where, which rule, how bad,
 * the message); findings never carry a cell's value, so no personal data can reach this tab.
 */
final class FindingsTab implements SubmissionTab {

    static final String NAME = "Validatie";

    private final CellWriter cells;

    FindingsTab(CellWriter cells) {
        this.cells = cells;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("ProjectID", 16),
                new Column("Bronbestand", 30),
                new Column("Tabblad", 14),
                new Column("Cel", 8),
                new Column("Regel", 24),
                new Column("Ernst", 14),
                new Column("Melding", 80));
    }

    @Override
    public void writeRows(SubmissionSummary submission, SubmissionQueries data, RowSink rows) {
        data.forEachFindingOf(submission, finding -> writeRow(rows.newRow(), submission, finding));
    }

    private void writeRow(CellTarget row, SubmissionSummary submission, Finding finding) {
        cells.text(row, 0, submission.projectId());
        cells.text(row, 1, submission.sourceName());
        cells.text(row, 2, finding.sheet());
        cells.text(row, 3, finding.cell() == null ? "" : finding.cell().cell());
        cells.text(row, 4, finding.rule());
        cells.styledText(row, 5, finding.severity().name(), cells.styles().status(statusOf(finding.severity())));
        cells.text(row, 6, finding.message());
    }

    private static SubmissionStatus statusOf(Severity severity) {
        return severity == Severity.FOUT ? SubmissionStatus.FOUT : SubmissionStatus.WAARSCHUWING;
    }
}
