package nl.mvimonitor.sync.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A Realisatie row as a team reports it: planned and realised amount, source, evidence and, when it falls behind,
 * why. Shared by the demo and the benchmark corpus.
 */
public final class RealisationRows {

    private RealisationRows() {
    }

    /** One row for a period and clause; the realised amount is 60% to 125% of {@code planned}. */
    public static Map<String, Object> row(String period, String clause, String theme, DemoThemes.Theme t,
            double planned, Random random) {
        double realised = planned * (60 + random.nextInt(65)) / 100.0;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("periode", period);
        row.put("verwijzing", clause);
        row.put("thema", theme);
        row.put("indicator", t.indicator());
        row.put("gepland", oneDecimal(planned));
        row.put("gerealiseerd", oneDecimal(realised));
        row.put("eenheid", t.unit());
        int source = random.nextInt(10);
        row.put("bron", source < 6 ? "leverancier" : source < 8 ? "meting" : "schatting");
        row.put("bewijs_ontvangen", random.nextInt(5) > 0);
        if (realised < planned * 0.9) {
            row.put("afwijking", "Achterstand door latere levering van materieel; leverancier maakt een herstelplan.");
        }
        row.put("betrouwbaarheid", source < 8 ? "hoog" : "midden");
        return row;
    }

    /** Rounded to one decimal, as teams type amounts. */
    public static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
