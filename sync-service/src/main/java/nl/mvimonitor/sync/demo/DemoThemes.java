package nl.mvimonitor.sync.demo;

import java.util.Map;

/**
 * What a typical project does for each MVI theme: indicator, unit, criterion and how it is anchored in the contract.
 * Public so the benchmark corpus generates the same kind of project data as the demo.
 */
public final class DemoThemes {

    /**
     * @param indicator        effect indicator
     * @param unit             unit code from the template's list
     * @param perMillion       typical realised effect per million euro of contract value per year
     * @param instrument       how the criterion is used in the tender
     * @param clauseType       Borging type
     * @param criterion        description of the criterion
     * @param criteriaToolCode code in the MVI-criteriatool, or null for an own criterion
     * @param eformsCode       eForms BT-774/775/776 code
     * @param verification     how the buyer checks it
     * @param boardGoal        board goal the project goal contributes to
     */
    public record Theme(String indicator, String unit, double perMillion, String instrument, String clauseType,
            String criterion, String criteriaToolCode, String eformsCode, String verification, String boardGoal) {

        /** A goal value that scales with the project's size. */
        public long target(long estimatedValue) {
            return Math.max(1, Math.round(perMillion * estimatedValue / 1_000_000.0 * 3));
        }
    }

    private static final Map<String, Theme> THEMES = Map.of(
            "KLI", new Theme("Vermeden CO2-uitstoot", "t CO2-eq", 18, "gunningscriterium", "CO2-ladder",
                    "Gunningsvoordeel voor een aantoonbaar niveau op de CO2-Prestatieladder.", "GWW-KLI-3", "clim-mitig",
                    "certificaat", "BD-03"),
            "CIR", new Theme("Vermeden primair materiaal", "t", 40, "gunningscriterium", "MKI",
                    "Lagere MKI-waarde van het ontwerp levert een fictieve korting op.", "GWW-CIR-2", "circ-econ",
                    "rapportage", "BD-04"),
            "SRO", new Theme("Social return-inspanning", "EUR", 30_000, "contractbepaling", "SROI",
                    "Social return: 5% van de aanneemsom via de bouwblokkenmethode.", null, "opp", "rapportage",
                    "BD-06"),
            "MIL", new Theme("Vermeden NOx-uitstoot", "kg NOx", 120, "minimumeis", "KPI",
                    "Materieel minimaal Stage V of emissieloos.", "GWW-MIL-1", "pollu-prev", "meting", "BD-01"),
            "BIO", new Theme("Natuurvriendelijk beheerd areaal", "ha", 2, "gunningscriterium", "KPI",
                    "Ecologisch beheerplan met meetbare doelen voor soortenrijkdom.", null, "biodiv-eco", "audit",
                    "BD-01"),
            "KLA", new Theme("Vergroend of onthard oppervlak", "m2", 400, "minimumeis", "rapportage",
                    "Ontwerp met minimaal 20% vergroend oppervlak en waterberging.", null, "clim-adapt", "rapportage",
                    "BD-01"),
            "ISV", new Theme("Due-diligenceplan ontvangen", "aantal", 1, "contractbepaling", "ISV-DD",
                    "Internationale sociale voorwaarden met due-diligenceplan binnen zes maanden.", "ISV-1", "hum-right",
                    "rapportage", "BD-01"),
            "DI", new Theme("Toegankelijkheidseisen toegepast", "aantal", 1, "minimumeis", "rapportage",
                    "Dienstverlening toegankelijk volgens de WCAG-richtlijnen.", null, "acc-all", "eigen-verklaring",
                    "BD-01"),
            "INN", new Theme("Innovatieve oplossing beproefd", "aantal", 1, "selectiecriterium", "rapportage",
                    "Ruimte voor een pilot met een innovatieve oplossing.", null, "prod-innov", "rapportage",
                    "BD-01"));

    private DemoThemes() {
    }

    /** The typical project data of a theme code (KLI, CIR, ...). */
    public static Theme of(String code) {
        Theme theme = THEMES.get(code);
        if (theme == null) {
            throw new IllegalArgumentException("no demo theme " + code);
        }
        return theme;
    }
}
