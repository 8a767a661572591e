package nl.mvimonitor.template.read;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * Thrown anywhere inside one read when the file must be quarantined. It carries the rule and a short Dutch detail
 * (no cell values); {@link QuarantineMessages} turns it into the finding, with the file name. Unchecked so that it
 * passes unchanged through the SAX parser and the inflating stream.
 */
final class FileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RuleCode rule;
    private final String detail;
    private final String advice;
    private final String reason;

    FileRejected(RuleCode rule, String detail) {
        this(rule, detail, null);
    }

    /** With {@code advice}: what the team should do, when it differs from the rule's usual advice. */
    FileRejected(RuleCode rule, String detail, String advice) {
        this(rule, null, detail, advice);
    }

    private FileRejected(RuleCode rule, String reason, String detail, String advice) {
        super(rule + ": " + detail, null, false, false);
        this.rule = rule;
        this.reason = reason;
        this.detail = detail;
        this.advice = advice;
    }

    /**
     * With {@code reason}: what is wrong with the file, when the rule's usual reason would name another cause
     * (a file that only declares macros does not contain any).
     */
    static FileRejected withReason(RuleCode rule, String reason, String detail) {
        return new FileRejected(rule, reason, detail, null);
    }

    RuleCode rule() {
        return rule;
    }

    /** Dutch detail, e.g. "het onderdeel xl/sharedStrings.xml is geen geldige XML". */
    String detail() {
        return detail;
    }

    /** Dutch reason (after "Het bestand 'x' ") that replaces the rule's usual reason, or null. */
    String reason() {
        return reason;
    }

    /** Dutch advice that replaces the rule's usual advice, or null. */
    String advice() {
        return advice;
    }

    static FileRejected corrupt(String detail) {
        return new FileRejected(RuleCode.BESTAND_BESCHADIGD, detail);
    }

    static FileRejected tooLarge(String detail) {
        return new FileRejected(RuleCode.BESTAND_TE_GROOT, detail);
    }

    /** The file itself is over {@link ReadLimits#maxFileBytes()}. */
    static FileRejected fileTooLarge(ReadLimits limits) {
        return tooLarge("het bestand is groter dan " + InflationBudget.megabytes(limits.maxFileBytes()));
    }

    static FileRejected zipBomb(String detail) {
        return new FileRejected(RuleCode.BESTAND_ZIPBOM, detail);
    }
}
