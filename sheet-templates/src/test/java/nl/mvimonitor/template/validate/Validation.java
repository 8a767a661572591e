package nl.mvimonitor.template.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.mvimonitor.template.finding.Finding;

/** Shared steps of the validator tests. */
final class Validation {

    static final SubmissionValidator VALIDATOR = new SubmissionValidator(SubmissionBuilder.SCHEMA);

    private Validation() {
    }

    static ValidatedSubmission validate(SubmissionBuilder builder) {
        return VALIDATOR.validate(builder.build());
    }

    /** The one finding of {@code result}, failing with all findings when there is not exactly one. */
    static Finding onlyFinding(ValidatedSubmission result) {
        List<Finding> findings = result.findings();
        assertThat(findings).as("findings").hasSize(1);
        return findings.get(0);
    }

    /** The findings with {@code rule}. */
    static List<Finding> withRule(ValidatedSubmission result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
