package nl.mvimonitor.sync.store;

/**
 * What a run did, as counts.
 *
 * @param filesSeen        files listed by all sources
 * @param filesRead        files whose content was read (new or changed listing)
 * @param filesSkipped     files skipped because their listing fingerprint was unchanged
 * @param filesQuarantined files read that ended in quarantine
 * @param filesDeleted     files that vanished since the previous run
 * @param errors           findings with severity FOUT in the files read
 * @param warnings         findings with severity WAARSCHUWING in the files read
 * @param outputsWritten   output workbooks written
 */
public record RunTotals(int filesSeen, int filesRead, int filesSkipped, int filesQuarantined, int filesDeleted,
        int errors, int warnings, int outputsWritten) {

    public static RunTotals none() {
        return new RunTotals(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
