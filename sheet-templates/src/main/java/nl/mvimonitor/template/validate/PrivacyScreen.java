package nl.mvimonitor.template.validate;

import java.util.List;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.PersonalDataDetector;
import nl.mvimonitor.template.privacy.PersonalDataKind;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Looks for personal data in a cell before anything else reads it. A hit is a FOUT per kind found, naming the cell
 * and never the value, and the caller drops the value so it never reaches a typed row, the store or an output.
 */
final class PrivacyScreen {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    /** True when the cell holds personal data; findings have been added. */
    boolean flags(CellInput in) {
        List<PersonalDataKind> kinds = switch (in.kind()) {
            case TEXT -> detector.inText(in.cell().text(), in.column().privacy());
            case NUMBER -> detector.inNumber(in.cell().number(), in.column().privacy());
            default -> List.of();
        };
        for (PersonalDataKind kind : kinds) {
            boolean aPerson = kind == PersonalDataKind.BSN || kind == PersonalDataKind.IBAN;
            String contact = aPerson ? "" : "; noem hooguit een functie of afdeling";
            in.report(rule(kind), what(kind) + " Verwijder dit persoonsgegeven uit het blad" + contact
                    + ". De waarde is niet overgenomen.");
        }
        return !kinds.isEmpty();
    }

    private static RuleCode rule(PersonalDataKind kind) {
        return switch (kind) {
            case BSN -> RuleCode.PRIVACY_BSN;
            case EMAIL -> RuleCode.PRIVACY_EMAIL;
            case PHONE -> RuleCode.PRIVACY_TELEFOON;
            case IBAN -> RuleCode.PRIVACY_IBAN;
        };
    }

    private static String what(PersonalDataKind kind) {
        return switch (kind) {
            case BSN -> "lijkt een burgerservicenummer (BSN) te bevatten.";
            case EMAIL -> "bevat een e-mailadres.";
            case PHONE -> "bevat een telefoonnummer.";
            case IBAN -> "bevat een bankrekeningnummer (IBAN).";
        };
    }
}
