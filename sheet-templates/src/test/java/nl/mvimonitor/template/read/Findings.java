package nl.mvimonitor.template.read;

import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** Test shorthand: the findings of one rule. */
final class Findings {

    private Findings() {
    }

    static List<Finding> of(Submission submission, RuleCode rule) {
        return submission.findings().stream().filter(f -> f.rule().equals(rule.name())).toList();
    }

    static Finding only(Submission submission, RuleCode rule) {
        List<Finding> findings = of(submission, rule);
        if (findings.size() != 1) {
            throw new AssertionError("expected one " + rule + ", got " + submission.findings());
        }
        return findings.get(0);
    }

    /** The single finding of a quarantined file. */
    static Finding quarantine(Submission submission) {
        if (!submission.quarantined() || submission.findings().size() != 1 || !submission.tabs().isEmpty()) {
            throw new AssertionError("expected a quarantined submission with one finding, got " + submission);
        }
        return submission.findings().get(0);
    }
}
