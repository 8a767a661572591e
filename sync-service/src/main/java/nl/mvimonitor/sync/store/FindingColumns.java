package nl.mvimonitor.sync.store;

import nl.mvimonitor.template.finding.Finding;

/**
 * A finding's values as the {@code finding} table keeps them, each within its column ({@link ColumnWidths}): what is
 * inserted, compared with what was stored, and given back for a submission just stored are one and the same.
 */
record FindingColumns(String severity, String rule, String sheet, String cell, String message) {

    static FindingColumns of(Finding finding) {
        boolean located = finding.cell() != null;
        return new FindingColumns(ColumnWidths.clip(finding.severity().name(), ColumnWidths.SEVERITY),
                ColumnWidths.clip(finding.rule(), ColumnWidths.RULE_CODE),
                located ? ColumnWidths.shorten(finding.cell().sheet(), ColumnWidths.SHEET) : null,
                located ? ColumnWidths.clip(finding.cell().cell(), ColumnWidths.CELL) : null,
                ColumnWidths.shorten(finding.message(), ColumnWidths.MESSAGE));
    }
}
