package nl.mvimonitor.sync.consolidation;

import java.util.List;


import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The Bronbestanden tab: every current source file with its fingerprint, rows read and whether its data was
 * accepted (everything but quarantine) and whether it counts: a file with the ProjectID of another file that counts
 * instead is {@value #DUPLICATE} (Validatie says which file counts). The time a file was last seen is left out on purpose: it changes on every
 * run, and the workbook must only change when the data does.
 */
final class SourceFilesTab implements SubmissionTab {

    static final String NAME = "Bronbestanden";
    static final String COUNTS = "ja";
    static final String DUPLICATE = "nee, dubbel";

    private final CellWriter cells;

    SourceFilesTab(CellWriter cells) {
        this.cells = cells;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("Bestand", 30),
                new Column("Pad", 45),
                new Column("Organisatieonderdeel", 24),
                new Column("Vingerafdruk (SHA-256)", 30),
                new Column("Rijen gelezen", 10),
                new Column("Geaccepteerd", 12),
                new Column("Status", 16),
                new Column("Ontvangen", 17),
                new Column("Telt mee", 12));
    }

    @Override
    public void writeRows(SubmissionSummary submission, SubmissionQueries data, RowSink rows) {
        CellTarget row = rows.newRow();
        cells.text(row, 0, submission.sourceName());
        cells.text(row, 1, submission.sourcePath());
        cells.text(row, 2, submission.unit());
        cells.text(row, 3, submission.fingerprint());
        cells.integer(row, 4, submission.rowsRead());
        cells.yesNo(row, 5, submission.status() != SubmissionStatus.QUARANTAINE);
        cells.status(row, 6, submission.status());
        cells.instant(row, 7, submission.receivedAt());
        cells.text(row, 8, submission.counts() ? COUNTS : DUPLICATE);
    }
}
