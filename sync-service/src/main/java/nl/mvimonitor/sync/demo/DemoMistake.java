package nl.mvimonitor.sync.demo;

/** A typical mistake a project team makes, planted in some demo sheets so the demo shows real findings. */
public enum DemoMistake {
    NONE,
    /** A field required in the project's phase is left empty (the CPV code). */
    MISSING_REQUIRED,
    /** An amount typed as Dutch text ("1.850.000,00") instead of a number. */
    NUMBER_AS_TEXT,
    /** A citizen service number (BSN) typed into a remark. */
    BSN_IN_REMARK,
    /** A column header renamed by the team. */
    RENAMED_COLUMN
}
