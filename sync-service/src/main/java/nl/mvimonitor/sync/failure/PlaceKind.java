package nl.mvimonitor.sync.failure;

/** The folders and files of the service's configuration, by the Dutch name an operator knows them by. */
public enum PlaceKind {
    INBOX("de inbox", false),
    OUTPUT("de uitvoermap", true),
    CACHE("de cachemap", true),
    TEMP("de tijdelijke map", true),
    DATABASE("de databasemap", true),
    LOGS("de logmap", true),
    REGISTER("het projectregister", true),
    GOALS_SEED("het doelenbestand van het bestuur", true);

    private final String nameNl;
    private final boolean namesOwnFiles;

    PlaceKind(String nameNl, boolean namesOwnFiles) {
        this.nameNl = nameNl;
        this.namesOwnFiles = namesOwnFiles;
    }

    /** E.g. "de uitvoermap". */
    public String nameNl() {
        return nameNl;
    }

    /** True when the files in it are the service's own, so their names may be shown (not so in the inbox). */
    boolean namesOwnFiles() {
        return namesOwnFiles;
    }
}
