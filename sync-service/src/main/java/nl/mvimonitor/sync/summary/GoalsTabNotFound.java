package nl.mvimonitor.sync.summary;

import java.io.IOException;

/**
 * A board workbook that can be read, but in which no goals tab can be found. Never guessed around: taking another
 * tab for the goals would rewrite the board's goals from it.
 */
public final class GoalsTabNotFound extends IOException {

    private static final String RESTORE_NL = "Zet het tabblad met de doelen terug uit een eerdere versie van het"
            + " bestand (bijvoorbeeld via de versiegeschiedenis in SharePoint, OneDrive of Google Drive)";

    /** Why no goals tab was found, with what happened and what to do, in Dutch. */
    public enum Reason {
        /** No marker, and no tab named {@value GoalsTab#DEFAULT_NAME} (a workbook written before the marker). */
        NO_TAB("Er is geen tabblad " + GoalsTab.DEFAULT_NAME + " en geen markering " + GoalsTabMarker.NAME
                + " die naar een ander tabblad wijst: het tabblad met de doelen is verwijderd of hernoemd.",
                RESTORE_NL + ", of geef het tabblad weer de naam " + GoalsTab.DEFAULT_NAME + "."),
        /** The marker points at a tab that no longer exists (#REF! or a name no tab has). */
        MARKER_BROKEN("De markering " + GoalsTabMarker.NAME + " (een gedefinieerde naam in de werkmap) wijst niet"
                + " meer naar een tabblad (#VERW!/#REF!): het tabblad met de doelen of de kopregel is verwijderd.",
                RESTORE_NL + ". Staat het tabblad er nog, laat de naam " + GoalsTabMarker.NAME + " dan in Namen beheren"
                        + " weer naar de kopregel van dat tabblad wijzen."),
        /**
         * No marker in a workbook the service wrote (with the marker): the board deleted it, or put another file in
         * the workbook's place. A tab named Doelen is then not taken for the goals: nothing says it holds them.
         */
        MARKER_MISSING("De markering " + GoalsTabMarker.NAME + " (een gedefinieerde naam in de werkmap, die de dienst"
                + " bij het tabblad met de doelen zet) ontbreekt: de naam is verwijderd, of er staat een ander bestand"
                + " op de plaats van het bestuursrapport.",
                RESTORE_NL + ". Staat het tabblad met de doelen er nog, maak dan in Namen beheren de naam "
                        + GoalsTabMarker.NAME + " opnieuw aan, wijzend naar de kopregel van dat tabblad (bijvoorbeeld"
                        + " Doelen!$A$1:$O$1)."),
        /** The goals tab exists but has no header row with the KPI column in its top rows. */
        NO_HEADER("Het tabblad met de doelen heeft bovenaan geen kopregel met de kolom KPI en nog een standaardkolom"
                + " (Doel-ID, Thema, Omschrijving, Basiswaarde, Basisjaar, Streefwaarde, Streefjaar, Eigenaar).",
                "Herstel de kopregel, of " + Character.toLowerCase(RESTORE_NL.charAt(0)) + RESTORE_NL.substring(1)
                        + ".");

        private final String whatHappenedNl;
        private final String whatToDoNl;

        Reason(String whatHappenedNl, String whatToDoNl) {
            this.whatHappenedNl = whatHappenedNl;
            this.whatToDoNl = whatToDoNl;
        }

        public String whatHappenedNl() {
            return whatHappenedNl;
        }

        public String whatToDoNl() {
            return whatToDoNl;
        }
    }

    private final Reason reason;

    GoalsTabNotFound(Reason reason) {
        super("board workbook has no usable goals (Doelen) tab: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
