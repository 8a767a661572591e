package nl.mvimonitor.template.validate;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.submission.RawCell;

/**
 * One filled cell being converted to its column's type, with the place to report what was found.
 *
 * @param column   the column the cell is bound to
 * @param cell     the raw cell, never blank
 * @param findings where findings go
 */
record CellInput(ColumnSchema column, RawCell cell, Findings findings) {

    /** Reports {@code rule} on this cell; {@code text} follows the quoted label, e.g. "is leeg." */
    void report(RuleCode rule, String text) {
        findings.add(rule, cell.ref(), Messages.label(column) + " " + text);
    }

    RawCell.Kind kind() {
        return cell.kind();
    }

    String text() {
        return cell.text().strip();
    }
}
