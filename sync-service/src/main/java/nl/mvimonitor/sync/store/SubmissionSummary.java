package nl.mvimonitor.sync.store;

import java.time.Instant;
import java.util.Objects;

import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The current submission of one source file, as the outputs need it.
 *
 * @param submissionId    database id
 * @param projectId       ProjectID from the sheet (or its metadata); for a quarantined file, null
 * @param unit            organisational unit (from the sheet, else the source folder)
 * @param sourceName      file name, e.g. {@code P-2024-017.xlsx}
 * @param sourcePath      path within the source, e.g. {@code Zuiveringsbeheer/P-2024-017.xlsx}
 * @param fingerprint     content fingerprint (SHA-256, hex)
 * @param templateVersion template version of the file, or null
 * @param phase           phase of the project, or null
 * @param status          OK, WAARSCHUWING, FOUT or QUARANTAINE
 * @param receivedAt      when this content was first read
 * @param lastSeenAt      when the file was last seen by a run
 * @param rowsRead        data rows read over all tabs
 * @param errors          findings with severity FOUT
 * @param warnings        findings with severity WAARSCHUWING
 * @param modifiedAt      when the source file was last modified, as the source last listed it; null when unknown.
 *                        Only used to choose which of several files with one ProjectID counts, so not in the key
 * @param duplicateOf     null when this submission counts for its project; else the submission that counts instead
 *                        ({@link ProjectDuplicates}). The outputs show a duplicate only as a source file with a
 *                        finding, so whether a submission counts is part of its content key
 * @param contentKey      a key that changes whenever anything an output shows of this submission changes: a digest
 *                        of every field but {@code lastSeenAt}, which changes on every run, and {@code modifiedAt}.
 *                        Outputs use it to keep what they computed from a submission until the submission changes.
 *                        Worked out once, when the summary is made (pass null): every run asks for it several
 *                        times per submission.
 */
public record SubmissionSummary(
        long submissionId,
        String projectId,
        String unit,
        String sourceName,
        String sourcePath,
        String fingerprint,
        Integer templateVersion,
        Phase phase,
        SubmissionStatus status,
        Instant receivedAt,
        Instant lastSeenAt,
        int rowsRead,
        int errors,
        int warnings,
        Instant modifiedAt,
        DuplicateOf duplicateOf,
        String contentKey) {

    public SubmissionSummary {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(status, "status");
        String worked = contentKeyOf(submissionId, projectId, unit, sourceName, sourcePath, fingerprint,
                templateVersion, phase, status, receivedAt, rowsRead, errors, warnings, duplicateOf);
        if (contentKey != null && !contentKey.equals(worked)) {
            throw new IllegalArgumentException("contentKey does not match the fields; pass null to have it made");
        }
        contentKey = worked;
    }

    /** A summary that counts for its project, with its content key worked out; its modification time unknown. */
    public SubmissionSummary(long submissionId, String projectId, String unit, String sourceName, String sourcePath,
            String fingerprint, Integer templateVersion, Phase phase, SubmissionStatus status, Instant receivedAt,
            Instant lastSeenAt, int rowsRead, int errors, int warnings) {
        this(submissionId, projectId, unit, sourceName, sourcePath, fingerprint, templateVersion, phase, status,
                receivedAt, lastSeenAt, rowsRead, errors, warnings, null, null, null);
    }

    /** True unless another current submission with this ProjectID counts for the project instead. */
    public boolean counts() {
        return duplicateOf == null;
    }

    /** This summary with the source file's modification time. */
    public SubmissionSummary withModifiedAt(Instant modified) {
        return new SubmissionSummary(submissionId, projectId, unit, sourceName, sourcePath, fingerprint,
                templateVersion, phase, status, receivedAt, lastSeenAt, rowsRead, errors, warnings, modified,
                duplicateOf, null);
    }

    /** This summary as a duplicate of the submission that counts ({@code duplicate}), or counting when null. */
    public SubmissionSummary asDuplicateOf(DuplicateOf duplicate) {
        if (Objects.equals(duplicate, duplicateOf)) {
            return this;
        }
        return new SubmissionSummary(submissionId, projectId, unit, sourceName, sourcePath, fingerprint,
                templateVersion, phase, status, receivedAt, lastSeenAt, rowsRead, errors, warnings, modifiedAt,
                duplicate, null);
    }

    private static String contentKeyOf(long submissionId, String projectId, String unit, String sourceName,
            String sourcePath, String fingerprint, Integer templateVersion, Phase phase, SubmissionStatus status,
            Instant receivedAt, int rowsRead, int errors, int warnings, DuplicateOf duplicateOf) {
        String fields = String.join("\n", String.valueOf(submissionId), String.valueOf(projectId),
                String.valueOf(unit), sourceName, sourcePath, String.valueOf(fingerprint),
                String.valueOf(templateVersion), String.valueOf(phase), status.name(), String.valueOf(receivedAt),
                String.valueOf(rowsRead), String.valueOf(errors), String.valueOf(warnings));
        // only a duplicate adds to the key: the keys of submissions that count stay those kept by earlier versions
        return Sha256.hex(duplicateOf == null ? fields
                : String.join("\n", fields, "dubbel", duplicateOf.countedPath(),
                        String.join("\n", duplicateOf.otherPaths())));
    }
}
