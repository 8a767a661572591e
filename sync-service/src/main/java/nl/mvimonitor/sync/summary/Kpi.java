package nl.mvimonitor.sync.summary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The KPI catalogue of the board report. Each KPI is computed per theme, organisational unit and period (a
 * calendar year: the award year for inzet, the reporting period's year for effect and data quality). Percentages
 * are percentage points from 0 to 100, like the goals the board types. The board refers to a KPI by its code in
 * the Doelen tab.
 *
 * <p>A tender is a project in phase AANBESTEDEN or later whose file was not quarantined. Its year is the year of
 * its Gunningsdatum, else of Looptijd start, else the year its sheet was received (not yet awarded). Its value is
 * the Contractwaarde, else the Geraamde waarde. A tender "has MVI" in a theme when it has at least one criterion of
 * that theme (for all themes: any criterion). A clause (Borging) belongs to the theme of the criterion it refers to.
 */
public enum Kpi {

    MVI_AANDEEL(Group.INZET, "Aanbestedingen met MVI", "%", true,
            "Aandeel van de aanbestedingen met minstens één MVI-criterium (in het thema)."),
    AMBITIEUS_AANDEEL(Group.INZET, "MVI op significant of ambitieus niveau", "%", true,
            "Aandeel van de aanbestedingen met MVI waarvan minstens één criterium ambitieniveau 2 (significant) "
                    + "of 3 (ambitieus) heeft."),
    MVI_WAARDE_AANDEEL(Group.INZET, "Contractwaarde met MVI", "%", true,
            "Deel van de contractwaarde (geraamde waarde zolang niet gegund) in aanbestedingen met MVI."),
    MVI_WEGING(Group.INZET, "Gunningsweging op MVI", "%", true,
            "Gemiddeld deel van de gunningspunten op MVI-gunningscriteria (som van Weging %, hoogstens 100) "
                    + "over alle aanbestedingen."),
    BORGING_AANDEEL(Group.INZET, "MVI contractueel geborgd", "%", true,
            "Aandeel van de gegunde contracten met MVI (fase UITVOEREN of AFGEROND) met zowel een "
                    + "prestatie-indicator (borging KPI) als een rapportageverplichting."),
    CO2_GEREALISEERD(Group.EFFECT, "Vermeden CO2-uitstoot, gerealiseerd", "t CO2-eq", true,
            "Som van Gerealiseerd in Realisatie-rijen met eenheid t of kg CO2-eq (kg omgerekend naar ton)."),
    PRIMAIR_MATERIAAL_VERMEDEN(Group.EFFECT, "Vermeden primair materiaal, gerealiseerd", "t", true,
            "Som van Gerealiseerd in Realisatie-rijen van thema Circulair met eenheid t of kg (omgerekend naar ton)."),
    SROI_REALISATIE(Group.EFFECT, "Social return gerealiseerd", "%", true,
            "Inspanningswaarde (tabblad SROI) tot en met het jaar als deel van de SROI-verplichting (Borging) van "
                    + "de contracten gegund tot en met dat jaar."),
    SROI_PLAATSINGEN(Group.EFFECT, "Plaatsingen via social return", "aantal", true,
            "Som van Aantal plaatsingen (tabblad SROI) in het jaar; 1 tot en met 4 wordt getoond als <5."),
    RESPONS(Group.DATAKWALITEIT, "Respons projectbladen", "%", true,
            "Aandeel van de verwachte projecten uit het projectregister waarvan een projectblad is ontvangen."),
    BEWIJS_AANDEEL(Group.DATAKWALITEIT, "Realisatie met bewijs", "%", true,
            "Aandeel van de Realisatie-rijen met Bewijs ontvangen = ja."),
    SCHATTING_AANDEEL(Group.DATAKWALITEIT, "Realisatie geschat", "%", false,
            "Aandeel van de Realisatie-rijen met bron schatting of standaardwaarde in plaats van een meting of "
                    + "opgave van de leverancier. Lager is beter.");

    private final Group group;
    private final String nameNl;
    private final String unit;
    private final boolean higherIsBetter;
    private final String definitionNl;

    Kpi(Group group, String nameNl, String unit, boolean higherIsBetter, String definitionNl) {
        this.group = group;
        this.nameNl = nameNl;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.definitionNl = definitionNl;
    }

    /** The stable code the board types in the Doelen tab, e.g. {@code MVI_AANDEEL}. */
    public String code() {
        return name();
    }

    public Group group() {
        return group;
    }

    public String nameNl() {
        return nameNl;
    }

    /** Unit of the value: {@code %} (percentage points), {@code t CO2-eq}, {@code t} or {@code aantal}. */
    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String definitionNl() {
        return definitionNl;
    }

    /** True when the KPI can be split by theme (the response rate cannot). */
    public boolean perTheme() {
        return this != RESPONS;
    }

    /** True when the value counts people, so 1 to 4 is shown as "<5". */
    public boolean countsPeople() {
        return this == SROI_PLAATSINGEN;
    }

    /** The KPI a board typed: its code or its Dutch name, ignoring case and surrounding spaces. */
    public static Optional<Kpi> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(wanted) || k.nameNl.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The part of MVI a KPI measures, as the board report groups them. */
    public enum Group {
        INZET("Inzet"), EFFECT("Effect"), DATAKWALITEIT("Datakwaliteit");

        private final String labelNl;

        Group(String labelNl) {
            this.labelNl = labelNl;
        }

        public String labelNl() {
            return labelNl;
        }
    }
}
