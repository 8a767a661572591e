package nl.mvimonitor.template.privacy;

/** What a name from outside the service names, and the neutral Dutch text shown instead when it holds personal data. */
public enum NameKind {
    /** A file name. */
    FILE("(bestandsnaam bevat mogelijk persoonsgegevens)"),
    /** A folder name: a unit folder or a sub-folder. */
    FOLDER("(mapnaam bevat mogelijk persoonsgegevens)"),
    /** A sheet (tab) name. */
    TAB("(tabnaam verborgen, privacy)"),
    /** A column header or field label. */
    HEADER("(kolomkop met mogelijk persoonsgegevens)"),
    /** A zip part of a workbook, as a quarantine finding may quote it. */
    PART("een onderdeel met mogelijk persoonsgegevens in de naam"),
    /** A name of unknown kind, e.g. in a log line. */
    OTHER("(naam met mogelijk persoonsgegevens)");

    private final String neutralNl;

    NameKind(String neutralNl) {
        this.neutralNl = neutralNl;
    }

    /** The text shown instead of a name with personal data; it never quotes the name. */
    public String neutralNl() {
        return neutralNl;
    }
}
