package nl.mvimonitor.sync.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.mvimonitor.template.schema.Phase;

/**
 * The fictional water board "Waterschap Lage Landen": four units and their procurement projects across all phases,
 * themes and sizes. Deterministic: the same projects, values and mistakes every time.
 */
public final class DemoOrganisation {

    public static final String NAME = "Waterschap Lage Landen";

    /** Seed for the random figures, so that every demo shows the same numbers. */
    private static final long SEED = 20261126L;

    private DemoOrganisation() {
    }

    /** The projects, in a stable order. */
    public static List<DemoProject> projects() {
        Random random = new Random(SEED);
        DemoSheetData data = new DemoSheetData(random);
        List<DemoProject> projects = new ArrayList<>();
        int number = 1;
        for (ProjectSeed seed : seeds()) {
            String projectId = "P-" + seed.year() + "-" + String.format("%03d", number++);
            projects.add(new DemoProject(seed.unit(), projectId, seed.name(), seed.mistake(),
                    data.fill(projectId, seed)));
        }
        return projects;
    }

    /** Projects the MVI team expects but that did not send a sheet: they lower the response rate. */
    public static List<String[]> missingFromRegister() {
        return List.of(
                new String[] {"P-2025-901", "Watersysteem", "2025"},
                new String[] {"P-2025-902", "Bedrijfsvoering", "2025"});
    }

    private static List<ProjectSeed> seeds() {
        return List.of(
                seed("Zuiveringsbeheer", "Renovatie rwzi Oosterweide", Phase.UITVOEREN, "werken", "45252127-4", "GWW", 8_400_000, 2024, DemoMistake.NONE, "KLI", "CIR", "SRO"),
                seed("Zuiveringsbeheer", "Slibontwatering rwzi Kampen-Noord", Phase.AFGEROND, "werken", "45252100-9", "GWW", 2_150_000, 2023, DemoMistake.NONE, "KLI", "MIL"),
                seed("Zuiveringsbeheer", "Levering chemicalien zuivering 2025-2028", Phase.UITVOEREN, "leveringen", "24962000-5", "OVERIG", 1_300_000, 2024, DemoMistake.NONE, "ISV", "MIL"),
                seed("Zuiveringsbeheer", "Onderhoud gemalen 2026-2029", Phase.AANBESTEDEN, "diensten", "50514100-5", "GWW", 3_600_000, 2025, DemoMistake.MISSING_REQUIRED, "KLI", "SRO"),
                seed("Zuiveringsbeheer", "Energieneutrale rwzi Haven", Phase.VOORBEREIDEN, "werken", "45252127-4", "ENERGIE", 12_000_000, 2026, DemoMistake.NONE, "KLI", "INN"),
                seed("Zuiveringsbeheer", "Zonnepark rwzi Westerbroek", Phase.UITVOEREN, "werken", "09332000-5", "ENERGIE", 4_250_000, 2025, DemoMistake.NONE, "KLI", "BIO"),
                seed("Zuiveringsbeheer", "Laboratoriumanalyses afvalwater", Phase.AFGEROND, "diensten", "71900000-7", "OVERIG", 640_000, 2023, DemoMistake.NONE, "DI"),
                seed("Watersysteem", "Dijkversterking Lekzijde fase 2", Phase.UITVOEREN, "werken", "45246400-7", "GWW", 27_500_000, 2024, DemoMistake.NONE, "KLI", "CIR", "BIO", "SRO"),
                seed("Watersysteem", "Baggeren Hoofdvaart", Phase.UITVOEREN, "werken", "45252000-3", "GWW", 1_850_000, 2025, DemoMistake.NUMBER_AS_TEXT, "MIL", "CIR"),
                seed("Watersysteem", "Natuurvriendelijke oevers Middelsloot", Phase.AFGEROND, "werken", "45246000-3", "GWW", 980_000, 2023, DemoMistake.NONE, "BIO", "KLA"),
                seed("Watersysteem", "Klimaatrobuust peilbeheer Polder Oost", Phase.VOORBEREIDEN, "diensten", "71300000-1", "OVERIG", 450_000, 2026, DemoMistake.NONE, "KLA", "INN"),
                seed("Watersysteem", "Maaibeheer waterlopen 2026-2030", Phase.AANBESTEDEN, "diensten", "77310000-6", "GROEN", 2_700_000, 2025, DemoMistake.NONE, "BIO", "KLI", "SRO"),
                seed("Watersysteem", "Vervanging stuwen Rivierenland", Phase.UITVOEREN, "werken", "45247000-5", "GWW", 3_100_000, 2024, DemoMistake.RENAMED_COLUMN, "CIR", "KLI"),
                seed("Watersysteem", "Monitoring waterkwaliteit", Phase.AANBESTEDEN, "diensten", "90733000-4", "OVERIG", 820_000, 2025, DemoMistake.NONE, "MIL", "INN"),
                seed("Wegen en Vaarwegen", "Groot onderhoud N418", Phase.UITVOEREN, "werken", "45233140-2", "GWW", 6_900_000, 2024, DemoMistake.NONE, "KLI", "CIR", "SRO"),
                seed("Wegen en Vaarwegen", "Vervanging brug Molenvaart", Phase.AANBESTEDEN, "werken", "45221111-3", "GWW", 4_400_000, 2025, DemoMistake.NONE, "CIR", "KLI"),
                seed("Wegen en Vaarwegen", "Openbare verlichting LED", Phase.AFGEROND, "werken", "34928500-3", "ENERGIE", 1_200_000, 2023, DemoMistake.NONE, "KLI", "BIO"),
                seed("Wegen en Vaarwegen", "Fietspad Dijkweg met circulair asfalt", Phase.UITVOEREN, "werken", "45233162-2", "GWW", 1_650_000, 2025, DemoMistake.NONE, "CIR", "KLI"),
                seed("Wegen en Vaarwegen", "Gladheidsbestrijding 2025-2029", Phase.UITVOEREN, "diensten", "90620000-9", "VERVOER", 2_300_000, 2024, DemoMistake.NONE, "MIL", "SRO"),
                seed("Wegen en Vaarwegen", "Beheer vaarwegmarkering", Phase.VOORBEREIDEN, "diensten", "45233290-8", "GWW", 520_000, 2026, DemoMistake.NONE, "CIR"),
                seed("Bedrijfsvoering", "Bedrijfskleding buitendienst", Phase.UITVOEREN, "leveringen", "18100000-0", "TEXTIEL", 760_000, 2024, DemoMistake.BSN_IN_REMARK, "ISV", "CIR"),
                seed("Bedrijfsvoering", "Schoonmaakdiensten kantoren", Phase.UITVOEREN, "diensten", "90910000-9", "SCHOONMAAK", 1_450_000, 2024, DemoMistake.NONE, "SRO", "MIL"),
                seed("Bedrijfsvoering", "Catering hoofdkantoor", Phase.AANBESTEDEN, "diensten", "55520000-1", "CATERING", 890_000, 2025, DemoMistake.NONE, "CIR", "SRO"),
                seed("Bedrijfsvoering", "ICT-werkplekken 2025", Phase.AFGEROND, "leveringen", "30213000-5", "ICT", 2_050_000, 2023, DemoMistake.NONE, "CIR", "ISV"),
                seed("Bedrijfsvoering", "Elektrische dienstauto's", Phase.UITVOEREN, "leveringen", "34144900-7", "VERVOER", 1_100_000, 2025, DemoMistake.NONE, "KLI", "MIL"),
                seed("Bedrijfsvoering", "Circulair kantoormeubilair", Phase.AFGEROND, "leveringen", "39130000-2", "KANTOOR", 430_000, 2024, DemoMistake.NONE, "CIR", "SRO"),
                seed("Bedrijfsvoering", "Groenonderhoud terreinen", Phase.VOORBEREIDEN, "diensten", "77310000-6", "GROEN", 310_000, 2026, DemoMistake.NONE, "BIO", "SRO"),
                seed("Bedrijfsvoering", "Afvalinzameling kantoren", Phase.AANBESTEDEN, "diensten", "90511000-2", "AFVAL", 270_000, 2025, DemoMistake.NONE, "CIR", "DI"));
    }

    private static ProjectSeed seed(String unit, String name, Phase phase, String kind, String cpv, String productGroup,
            long value, int year, DemoMistake mistake, String... themes) {
        return new ProjectSeed(unit, name, phase, kind, cpv, productGroup, value, year, mistake, List.of(themes));
    }

    /** What a demo project is made of before its sheet data is generated. */
    record ProjectSeed(String unit, String name, Phase phase, String kind, String cpv, String productGroup,
            long estimatedValue, int year, DemoMistake mistake, List<String> themes) {
    }
}
