package nl.mvimonitor.template.finding;

/** How bad a finding is. */
public enum Severity {
    /** Must be fixed: the data is wrong, missing or not allowed (personal data). */
    FOUT,
    /** Should be looked at: the data was accepted but may be wrong or was interpreted. */
    WAARSCHUWING
}
