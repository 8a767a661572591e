package nl.mvimonitor.template.validate;

import java.util.Collection;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;

/** Overall status of one submission, as the MVI team sees it in the Projecten tab. */
public enum SubmissionStatus {
    OK, WAARSCHUWING, FOUT, QUARANTAINE;

    /** Status from the findings of a readable submission. */
    public static SubmissionStatus of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.FOUT)) {
            return FOUT;
        }
        return findings.isEmpty() ? OK : WAARSCHUWING;
    }
}
