package nl.mvimonitor.template.finding;

import java.util.Objects;

import nl.mvimonitor.template.submission.CellRef;

/**
 * One thing to fix in a submission, with where and what. Never holds a value that may be personal data:
 * messages name the cell and the rule, not the cell's content.
 *
 * @param severity FOUT or WAARSCHUWING
 * @param rule     stable rule code, e.g. {@code VERPLICHT} or {@code PRIVACY_BSN}
 * @param cell     the cell, or null for a finding about the whole file
 * @param message  Dutch message that says what to fix
 */
public record Finding(Severity severity, String rule, CellRef cell, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The sheet name, or empty for a file-level finding. */
    public String sheet() {
        return cell == null ? "" : cell.sheet();
    }

    /** {@code Criteria!D7}, or empty for a file-level finding. */
    public String location() {
        return cell == null ? "" : cell.a1();
    }

    @Override
    public String toString() {
        return severity + " " + rule + (cell == null ? "" : " " + cell.a1()) + ": " + message;
    }
}
