package nl.mvimonitor.sync.intake;

import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * Told of every new submission intake stores, on the storing thread, so outputs can prepare their share of it while
 * the next files are still being read, instead of reading it back from the store later.
 */
public interface StoredSubmissionListener {

    /** A new submission was stored under {@code submissionId}; {@code result} is what was stored. */
    void stored(long submissionId, ValidatedSubmission result);

    /** All files of this intake are stored; returns when the work started for them is done. */
    void finish();
}
