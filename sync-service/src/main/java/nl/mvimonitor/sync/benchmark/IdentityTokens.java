package nl.mvimonitor.sync.benchmark;

/**
 * Placeholder texts a prototype carries where each file has its own identity. The corpus writer replaces them in the
 * prototype's XML while re-zipping, so one slow POI write serves many files.
 */
final class IdentityTokens {

    static final String PROJECT_ID = "ZZPROJECTIDZZ";
    static final String PROJECT_NAME = "ZZPROJECTNAAMZZ";
    static final String UNIT = "ZZONDERDEELZZ";
    static final String REMARK = "ZZOPMERKINGZZ";
    /** The organisation every corpus file belongs to. */
    static final String ORGANISATION = "Gemeente Veenstad";

    private IdentityTokens() {
    }
}
