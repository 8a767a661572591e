package nl.mvimonitor.sync.store;

/** State of a sync run as recorded. */
public enum RunStatus {
    /** Started and not finished (or the process died during the run). */
    RUNNING,
    /** Every step ran; files with findings are normal. */
    COMPLETED,
    /** The run stopped: a source could not be listed, the store or an output could not be written. */
    FAILED
}
