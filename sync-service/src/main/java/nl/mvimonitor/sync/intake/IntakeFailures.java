package nl.mvimonitor.sync.intake;

import java.util.List;
import java.util.Map;

import nl.mvimonitor.sync.store.ReceivedFile;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Turns a file intake could not handle into a quarantined submission with one finding that names the file and says
 * what to do. Findings never carry exception text or stack traces: those may quote cell content and go to the log.
 */
final class IntakeFailures {

    /** The source could not deliver the content (IO error); the next run tries again. */
    static final String NOT_READ = "BESTAND_NIET_GELEZEN";
    /** Something unexpected went wrong while reading, validating or storing. */
    static final String PROCESSING_FAILED = "VERWERKING_MISLUKT";

    private IntakeFailures() {
    }

    static ReceivedFile unreadable(ScreenedFile file) {
        return quarantine(file, null, NOT_READ, "Het bestand " + file.shownPath() + " kon niet uit de bron worden gelezen."
                + " De volgende run probeert het opnieuw; blijft deze melding staan, controleer dan of het bestand"
                + " te openen is.", true);
    }

    /** An entry the source listed but must not open (a link, a pipe): what it is and what to do instead. */
    static ReceivedFile notARegularFile(ScreenedFile file) {
        String shown = file.shownPath();
        String message = switch (file.listed().notReadable()) {
            case LINK_TO_FILE -> "Het bestand " + shown + " is een snelkoppeling (symbolische link) en is niet"
                    + " gelezen; zet het bestand zelf in de map.";
            case BROKEN_LINK -> shown + " is een snelkoppeling (symbolische link) die nergens naar verwijst en is"
                    + " niet gelezen; zet het bestand of de map zelf in de bronmap.";
            case LINK_TO_FOLDER -> "De map " + shown + " is een snelkoppeling (symbolische link) naar een andere"
                    + " map; de bestanden daarin zijn niet gelezen. Zet de map zelf, met de bestanden, in de bronmap.";
            case SPECIAL_FILE -> shown + " is geen gewoon bestand of map (maar bijvoorbeeld een named pipe,"
                    + " socket of apparaat) en is niet gelezen; zet het bestand zelf in de map.";
        };
        return quarantine(file, null, RuleCode.BESTAND_GEEN_GEWOON_BESTAND.name(), message, false);
    }

    static ReceivedFile tooLarge(ScreenedFile file, long limitBytes) {
        long megabytes = Math.max(1, limitBytes / (1024 * 1024));
        return quarantine(file, null, RuleCode.BESTAND_TE_GROOT.name(), "Het bestand " + file.shownPath()
                + " is groter dan " + megabytes + " MB en is niet gelezen. Maak het kleiner, bijvoorbeeld door"
                + " afbeeldingen of extra tabbladen te verwijderen.", false);
    }

    static ReceivedFile unexpected(ScreenedFile file, String contentHash) {
        return quarantine(file, contentHash, PROCESSING_FAILED, "Het bestand " + file.shownPath()
                + " kon door een onverwachte fout niet worden verwerkt. Het MVI-team kan de oorzaak in het logboek"
                + " van de synchronisatiedienst vinden.", false);
    }

    private static ReceivedFile quarantine(ScreenedFile file, String contentHash, String rule, String message,
            boolean readAgain) {
        Finding finding = new Finding(Severity.FOUT, rule, null, message);
        ValidatedSubmission result = new ValidatedSubmission(file.shownName(), WorkbookMetadata.unknown(), null,
                null, SubmissionStatus.QUARANTAINE, List.of(finding), Map.of());
        return file.received(contentHash, result, readAgain);
    }
}
