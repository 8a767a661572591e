package nl.mvimonitor.sync.benchmark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import nl.mvimonitor.template.schema.Phase;

/**
 * What one prototype workbook of the corpus is made of before its rows are generated: phase, year, kind of contract,
 * size, themes and planted mistakes. Depends only on (seed, index).
 *
 * @param index          prototype number
 * @param phase          project phase
 * @param year           year the project started
 * @param purchase       kind of contract with a matching CPV code and product group
 * @param estimatedValue estimated value in euro
 * @param themes         MVI themes of the project, at least one
 * @param tableRows      data rows over all TABLE tabs, 20 to 300
 * @param mistakes       mistakes planted in the prototype
 */
record PrototypeSpec(int index, Phase phase, int year, Purchase purchase, long estimatedValue, List<String> themes,
        int tableRows, Set<PlantedMistake> mistakes) {

    static final int MIN_ROWS = 20;
    static final int MAX_ROWS = 300;
    static final List<String> ALL_THEMES = List.of("KLI", "CIR", "SRO", "MIL", "BIO", "KLA", "ISV", "DI", "INN");

    PrototypeSpec {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(purchase, "purchase");
        themes = List.copyOf(themes);
        mistakes = mistakes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mistakes));
        if (themes.isEmpty() || tableRows < MIN_ROWS || tableRows > MAX_ROWS) {
            throw new IllegalArgumentException("a prototype needs a theme and 20 to 300 rows");
        }
    }

    static PrototypeSpec generate(long seed, int index) {
        Random random = new Random(mix(seed, index));
        Phase phase = phase(random);
        int year = switch (phase) {
            case VOORBEREIDEN -> 2026;
            case AANBESTEDEN -> 2025;
            case UITVOEREN -> 2023 + random.nextInt(3);
            case AFGEROND -> 2021 + random.nextInt(4);
        };
        Purchase purchase = Purchase.ALL.get(random.nextInt(Purchase.ALL.size()));
        long value = Math.round(Math.pow(10, 5 + random.nextDouble() * 2.5) / 1000) * 1000;
        // skewed towards small sheets, as in practice: average about 130 rows
        int rows = MIN_ROWS + (int) Math.round((MAX_ROWS - MIN_ROWS) * Math.pow(random.nextDouble(), 1.5));
        return new PrototypeSpec(index, phase, year, purchase, value, themes(random), rows, mistakes(random));
    }

    /** A well-spread seed for (seed, salt): java.util.Random gives similar first numbers for nearby seeds. */
    static long mix(long seed, long salt) {
        return new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (salt + 1)).nextLong();
    }

    private static Phase phase(Random random) {
        int p = random.nextInt(100);
        return p < 15 ? Phase.VOORBEREIDEN : p < 35 ? Phase.AANBESTEDEN : p < 80 ? Phase.UITVOEREN : Phase.AFGEROND;
    }

    private static List<String> themes(Random random) {
        List<String> pool = new ArrayList<>(ALL_THEMES);
        java.util.Collections.shuffle(pool, random);
        return pool.subList(0, 1 + random.nextInt(4));
    }

    private static Set<PlantedMistake> mistakes(Random random) {
        Set<PlantedMistake> planted = EnumSet.noneOf(PlantedMistake.class);
        for (PlantedMistake mistake : PlantedMistake.values()) {
            if (random.nextDouble() < mistake.prototypeRate()) {
                planted.add(mistake);
            }
        }
        return planted;
    }

    /**
     * A kind of purchase with a CPV code and MVI product group that belong together.
     *
     * @param kind         werken, leveringen or diensten
     * @param cpv          CPV code
     * @param productGroup MVI product group code
     * @param activity     Dutch words for the project name, e.g. "Onderhoud gemalen"
     */
    record Purchase(String kind, String cpv, String productGroup, String activity) {

        static final List<Purchase> ALL = List.of(
                new Purchase("werken", "45233140-2", "GWW", "Groot onderhoud wegen"),
                new Purchase("werken", "45246400-7", "GWW", "Dijkversterking"),
                new Purchase("werken", "45252127-4", "GWW", "Renovatie rioolwaterzuivering"),
                new Purchase("werken", "45221111-3", "GWW", "Vervanging brug"),
                new Purchase("werken", "45214200-2", "GEBOUWEN", "Nieuwbouw schoolgebouw"),
                new Purchase("werken", "45453000-7", "GEBOUWEN", "Renovatie gemeentehuis"),
                new Purchase("werken", "09332000-5", "ENERGIE", "Zonnepark"),
                new Purchase("leveringen", "34144900-7", "VERVOER", "Elektrische dienstauto's"),
                new Purchase("leveringen", "30213000-5", "ICT", "ICT-werkplekken"),
                new Purchase("leveringen", "39130000-2", "KANTOOR", "Circulair kantoormeubilair"),
                new Purchase("leveringen", "18100000-0", "TEXTIEL", "Bedrijfskleding buitendienst"),
                new Purchase("leveringen", "24962000-5", "OVERIG", "Levering chemicalien"),
                new Purchase("diensten", "90910000-9", "SCHOONMAAK", "Schoonmaakdiensten kantoren"),
                new Purchase("diensten", "55520000-1", "CATERING", "Catering"),
                new Purchase("diensten", "77310000-6", "GROEN", "Groenonderhoud"),
                new Purchase("diensten", "90511000-2", "AFVAL", "Afvalinzameling"),
                new Purchase("diensten", "50514100-5", "GWW", "Onderhoud gemalen"),
                new Purchase("diensten", "90620000-9", "VERVOER", "Gladheidsbestrijding"));
    }
}
