package nl.mvimonitor.sync.intake;

import nl.mvimonitor.template.validate.ValidatedSubmission;

/** Reads and validates the bytes of one workbook. Called from several threads at once. */
@FunctionalInterface
public interface WorkbookCheck {

    ValidatedSubmission check(String fileName, byte[] content);
}
