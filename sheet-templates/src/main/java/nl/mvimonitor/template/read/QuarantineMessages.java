package nl.mvimonitor.template.read;

import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;
import nl.mvimonitor.template.submission.Submission;

/** Turns a rejection into the one FOUT finding of a quarantined submission: names the file, says what to do. */
final class QuarantineMessages {

    private static final String SAVE_AGAIN =
            "Open het bestand in Excel, sla het op als Excel-werkmap (.xlsx) en lever het opnieuw aan.";

    private QuarantineMessages() {
    }

    static Submission quarantine(String fileName, FileRejected rejected) {
        RuleCode rule = rejected.rule();
        String advice = rejected.advice() != null ? rejected.advice() : advice(rule);
        String reason = rejected.reason() != null ? rejected.reason() : reason(rule);
        // the detail may quote a zip part's name, and a crafted file can name its parts after a person
        String detail = SafeName.of(rejected.detail(), NameKind.PART).text();
        String message = "Het bestand '" + fileName + "' " + reason + " (" + detail + "). " + advice;
        Finding finding = new Finding(rule.severity(), rule.name(), null, message);
        return Submission.quarantined(fileName, List.of(finding));
    }

    private static String reason(RuleCode rule) {
        return switch (rule) {
            case BESTAND_GEEN_XLSX -> "is geen Excel-werkmap (.xlsx) en is niet gelezen";
            case BESTAND_VERSLEUTELD -> "is met een wachtwoord versleuteld en kan niet worden gelezen";
            case BESTAND_MACRO -> "bevat macro's en is om veiligheidsredenen niet gelezen";
            case BESTAND_ZIPBOM -> "pakt uit tot een onwaarschijnlijk grote omvang en is om veiligheidsredenen niet gelezen";
            case BESTAND_TE_GROOT -> "is te groot om te lezen";
            case BESTAND_XML_ENTITEIT ->
                    "bevat XML-constructies (DOCTYPE of entiteiten) die niet zijn toegestaan en is om veiligheidsredenen niet gelezen";
            case BESTAND_BESCHADIGD -> "is beschadigd of onleesbaar";
            case BESTAND_PAD_BUITEN_MAP -> "bevat een onderdeel met een pad buiten de werkmap (een gemanipuleerd "
                    + "zip-archief) en is om veiligheidsredenen niet gelezen";
            default -> throw new IllegalArgumentException("not a file-level rule: " + rule);
        };
    }

    private static String advice(RuleCode rule) {
        return switch (rule) {
            case BESTAND_GEEN_XLSX -> "Lever het projectblad aan als Excel-werkmap (.xlsx), gemaakt met het MVI-sjabloon.";
            case BESTAND_VERSLEUTELD -> "Haal het wachtwoord eraf (in Excel: Bestand > Info > Werkmap beveiligen > "
                    + "Versleutelen met wachtwoord, maak het veld leeg), sla het bestand op en lever het opnieuw aan.";
            case BESTAND_MACRO -> "Sla het bestand in Excel op als Excel-werkmap (.xlsx), zonder macro's, "
                    + "en lever het opnieuw aan.";
            case BESTAND_ZIPBOM -> "Lever het projectblad opnieuw aan zoals Excel het opslaat; neem contact op met het "
                    + "MVI-team als dit bericht blijft komen.";
            case BESTAND_TE_GROOT -> "Verwijder overbodige rijen, kolommen of tabbladen, of neem contact op met het MVI-team.";
            case BESTAND_PAD_BUITEN_MAP -> "Lever het projectblad opnieuw aan zoals Excel het opslaat; meld het bestand "
                    + "bij het MVI-team als u niet weet waar het vandaan komt.";
            default -> SAVE_AGAIN;
        };
    }
}
