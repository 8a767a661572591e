package nl.mvimonitor.sync.intake;

/**
 * What intake did with the files of a run, so far or in total.
 *
 * @param filesRead          files handled (stored, whatever their status)
 * @param filesQuarantined   files that ended in quarantine
 * @param errors             findings with severity FOUT in those files
 * @param warnings           findings with severity WAARSCHUWING in those files
 * @param submissionsCreated new submissions (content the store had not seen for that file)
 */
public record IntakeResult(int filesRead, int filesQuarantined, int errors, int warnings, int submissionsCreated) {

    public static IntakeResult none() {
        return new IntakeResult(0, 0, 0, 0, 0);
    }

    /** This result plus {@code other}. */
    public IntakeResult plus(IntakeResult other) {
        return new IntakeResult(filesRead + other.filesRead, filesQuarantined + other.filesQuarantined,
                errors + other.errors, warnings + other.warnings, submissionsCreated + other.submissionsCreated);
    }
}
