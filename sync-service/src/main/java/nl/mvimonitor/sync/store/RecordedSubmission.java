package nl.mvimonitor.sync.store;

/**
 * The outcome of storing a received file.
 *
 * @param submissionId the submission that is now current for the file
 * @param created      false when the same content was stored before and that submission was reused
 */
public record RecordedSubmission(long submissionId, boolean created) {
}
