package nl.mvimonitor.sync.consolidation;

import java.util.List;

import nl.mvimonitor.sync.consolidation.SheetTable.Column;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;

/**
 * A tab of the consolidated workbook whose rows come from one submission at a time (Projecten, the unions,
 * Validatie, Bronbestanden). A submission's rows depend on that submission alone, so they are rendered once and
 * kept until it changes ({@link FragmentCache}).
 */
interface SubmissionTab {

    /** The tab's name; continuation tabs add " (2)", " (3)", .... */
    String name();

    List<Column> columns();

    /** Writes the submission's rows of this tab, in order. */
    void writeRows(SubmissionSummary submission, SubmissionQueries data, RowSink rows);

    /** Where a tab's rows go: each call starts the next row. */
    @FunctionalInterface
    interface RowSink {
        CellTarget newRow();
    }
}
