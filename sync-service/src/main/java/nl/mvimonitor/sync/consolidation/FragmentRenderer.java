package nl.mvimonitor.sync.consolidation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;

import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;

/** Renders a submission's rows of the per-submission tabs from the store. Thread-safe: one render per call. */
final class FragmentRenderer {

    private static final CellTarget NOWHERE = new CellTarget() {
        @Override
        public void text(int column, String value, CellStyle style) {
        }

        @Override
        public void number(int column, double value, CellStyle style) {
        }
    };

    private final List<SubmissionTab> tabs;
    private final SubmissionQueries data;

    FragmentRenderer(List<SubmissionTab> tabs, SubmissionQueries data) {
        this.tabs = List.copyOf(tabs);
        this.data = data;
    }

    /** All tabs' rows of the submission. */
    Fragment render(SubmissionSummary submission) {
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        for (SubmissionTab tab : tabs) {
            RowXml xml = new RowXml();
            tab.writeRows(submission, data, xml::newRow);
            chunks.put(tab.name(), Chunk.of(xml.rows(), xml.toBytes()));
        }
        return new Fragment(chunks);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of one tab of the submission: for the rare submission
     * whose rows straddle Excel's row limit, so the tab continues on the next one at exactly the limit.
     */
    Chunk renderRange(SubmissionSummary submission, SubmissionTab tab, int from, int to) {
        RowXml xml = new RowXml();
        int[] next = {0};
        tab.writeRows(submission, data, () -> {
            int index = next[0]++;
            return index >= from && index < to ? xml.newRow() : NOWHERE;
        });
        return Chunk.of(xml.rows(), xml.toBytes());
    }
}
