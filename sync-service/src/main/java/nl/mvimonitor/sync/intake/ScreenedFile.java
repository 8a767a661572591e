package nl.mvimonitor.sync.intake;

import java.util.ArrayList;
import java.util.List;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.store.ReceivedFile;
import nl.mvimonitor.sync.store.StoredPath;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * A listed file where it enters intake, with its names as they may be shown, stored and logged: the one place
 * where a file, unit folder or sub-folder name with personal data (BSN, e-mail address, phone or bank account
 * number) is left behind. Only {@link #listed} keeps the real path, to open the file; everything stored comes from
 * {@link #stored} (path as a {@link StoredPath} key, unit neutralised), and every message names {@link #shownPath}.
 *
 * @param listed      the file as its source listed it, only for opening it
 * @param stored      the file as the store may keep it
 * @param shownName   the file name as findings and the reader may quote it
 * @param shownPath   the path as findings may quote it
 * @param neutralised true when a name in the path held personal data (and the store keeps only its hash)
 */
record ScreenedFile(SourceFile listed, SourceFile stored, String shownName, String shownPath, boolean neutralised,
        boolean shortened) {

    static ScreenedFile of(SourceFile listed) {
        StoredPath key = StoredPath.of(listed.path());
        SafeName unit = SafeName.of(listed.unit(), NameKind.FOLDER);
        SourceFile stored = new SourceFile(listed.sourceId(), key.key(), unit == null ? null : unit.text(),
                listed.sizeBytes(), listed.lastModified(), listed.fingerprint(), listed.notReadable());
        SafeName path = SafeName.ofPath(listed.path());
        String shownPath = key.shortened() ? key.shown(null) : path.text();
        return new ScreenedFile(listed, stored, SafeName.of(listed.name(), NameKind.FILE).text(), shownPath,
                path.neutralised(), key.shortened());
    }

    /**
     * What intake made of the file, ready to store: the stored names, and a finding when a name was left behind or
     * the path was shortened.
     */
    ReceivedFile received(String contentHash, ValidatedSubmission result, boolean readAgain) {
        return new ReceivedFile(stored, contentHash, neutralised || shortened ? withPathFinding(result) : result,
                readAgain);
    }

    private ValidatedSubmission withPathFinding(ValidatedSubmission result) {
        List<Finding> findings = new ArrayList<>(result.findings().size() + 1);
        findings.add(neutralised ? nameFinding() : shortenedFinding());
        findings.addAll(result.findings());
        SubmissionStatus status = result.status() == SubmissionStatus.QUARANTAINE ? result.status()
                : SubmissionStatus.of(findings);
        return new ValidatedSubmission(result.fileName(), result.metadata(), result.projectId(), result.phase(),
                status, findings, result.rows());
    }

    private Finding nameFinding() {
        boolean file = SafeName.of(listed.name(), NameKind.FILE).neutralised();
        String what = file ? "De naam van dit bestand" : "De naam van een map waarin dit bestand staat";
        String rename = file ? "Geef het bestand een naam zonder persoonsgegevens, bijvoorbeeld de ProjectID."
                : "Geef de map een naam zonder persoonsgegevens, bijvoorbeeld de naam van het organisatieonderdeel.";
        return new Finding(RuleCode.PRIVACY_NAAM.severity(), RuleCode.PRIVACY_NAAM.name(), null, what
                + " bevat mogelijk persoonsgegevens (een BSN, e-mailadres, telefoon- of rekeningnummer) en is daarom"
                + " nergens overgenomen; het bestand staat hier als '" + shownPath + "'. " + rename);
    }

    private Finding shortenedFinding() {
        RuleCode rule = RuleCode.BESTAND_PAD_TE_LANG;
        return new Finding(rule.severity(), rule.name(), null, "Het pad van dit bestand (mappen en bestandsnaam) is"
                + " langer dan de " + StoredPath.MAX_CHARS + " tekens die de opslag toestaat; het bestand is gelezen"
                + " en staat in de overzichten als '" + shownPath + "'. Kort de namen van de mappen of van het"
                + " bestand in.");
    }

    @Override
    public String toString() {
        return SafeName.escaped(shownPath);
    }
}
