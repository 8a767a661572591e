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
 * @param contentKey      a key that changes whenever anything an output shows of this submission changes: a digest
 *                        of every field but {@code lastSeenAt}, which changes on every run. Outputs use it to keep
 *                        what they computed from a submission until the submission changes. Worked out once, when
 *                        the summary is made (pass null): every run asks for it several times per submission.
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
        String contentKey) {

    public SubmissionSummary {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(status, "status");
        String worked = contentKeyOf(submissionId, projectId, unit, sourceName, sourcePath, fingerprint,
                templateVersion, phase, status, receivedAt, rowsRead, errors, warnings);
        if (contentKey != null && !contentKey.equals(worked)) {
            throw new IllegalArgumentException("contentKey does not match the fields; pass null to have it made");
        }
        contentKey = worked;
    }

    /** A summary with its content key worked out. */
    public SubmissionSummary(long submissionId, String projectId, String unit, String sourceName, String sourcePath,
            String fingerprint, Integer templateVersion, Phase phase, SubmissionStatus status, Instant receivedAt,
            Instant lastSeenAt, int rowsRead, int errors, int warnings) {
        this(submissionId, projectId, unit, sourceName, sourcePath, fingerprint, templateVersion, phase, status,
                receivedAt, lastSeenAt, rowsRead, errors, warnings, null);
    }

    private static String contentKeyOf(long submissionId, String projectId, String unit, String sourceName,
            String sourcePath, String fingerprint, Integer templateVersion, Phase phase, SubmissionStatus status,
            Instant receivedAt, int rowsRead, int errors, int warnings) {
        return Sha256.hex(String.join("\n", String.valueOf(submissionId), String.valueOf(projectId),
                String.valueOf(unit), sourceName, sourcePath, String.valueOf(fingerprint),
                String.valueOf(templateVersion), String.valueOf(phase), status.name(), String.valueOf(receivedAt),
                String.valueOf(rowsRead), String.valueOf(errors), String.valueOf(warnings)));
    }
}
