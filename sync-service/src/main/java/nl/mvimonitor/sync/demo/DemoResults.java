package nl.mvimonitor.sync.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mvimonitor.sync.demo.DemoOrganisation.ProjectSeed;

/** The contract side of a demo project: clauses (Borging), reported results (Realisatie) and social return (SROI). */
final class DemoResults {

    /** The last full reporting year of the demo. */
    private static final int LAST_YEAR = 2025;

    private final Random random;
    private final ProjectSeed seed;
    private final BigDecimal contractValue;

    DemoResults(Random random, ProjectSeed seed, BigDecimal contractValue) {
        this.random = random;
        this.seed = seed;
        this.contractValue = contractValue;
    }

    List<Map<String, Object>> clauses() {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 1;
        for (String theme : seed.themes()) {
            DemoThemes.Theme t = DemoThemes.of(theme);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("borging_id", "B" + n);
            row.put("criterium_id", "C" + n);
            row.put("type", t.clauseType());
            row.put("norm", Math.round(planned(t)));
            row.put("eenheid", t.unit());
            row.put("meetfrequentie", "jaar");
            row.put("bewijs_vereist", true);
            row.put("sanctie", random.nextBoolean() ? "boete" : "herstelplan");
            ClauseFields.fill(row, t.clauseType(), contractValue.longValue(), random);
            rows.add(row);
            n++;
        }
        if (random.nextBoolean()) {
            rows.add(reportingDuty(n));
        }
        return rows;
    }

    private Map<String, Object> reportingDuty(int n) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("borging_id", "B" + n);
        row.put("criterium_id", "C1");
        row.put("type", "rapportage");
        row.put("meetfrequentie", "kwartaal");
        row.put("bewijs_vereist", true);
        row.put("sanctie", "geen");
        row.put("toelichting", "Kwartaalrapportage over alle MVI-afspraken.");
        return row;
    }

    List<Map<String, Object>> realisations() {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 1;
        for (String theme : seed.themes()) {
            DemoThemes.Theme t = DemoThemes.of(theme);
            for (String period : periods()) {
                rows.add(realisation(period, "B" + n, theme, t));
            }
            n++;
        }
        return rows;
    }

    private Map<String, Object> realisation(String period, String clause, String theme, DemoThemes.Theme t) {
        return RealisationRows.row(period, clause, theme, t, planned(t) / (period.contains("Q") ? 4 : 1), random);
    }

    List<Map<String, Object>> socialReturn() {
        if (!seed.themes().contains("SRO")) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String period : periods()) {
            rows.add(socialRow(period, "arbeidsplaats", random.nextInt(9)));
            rows.add(socialRow(period, "leerwerkplek", 1 + random.nextInt(3)));
        }
        return rows;
    }

    private Map<String, Object> socialRow(String period, String block, int placements) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("periode", period);
        row.put("bouwblok", block);
        row.put("aantal_plaatsingen", placements);
        row.put("fte", RealisationRows.oneDecimal(placements * 0.8));
        row.put("uren", placements * 1_200);
        row.put("inspanningswaarde", placements * 27_500L);
        row.put("via_pso", random.nextInt(3) == 0);
        return row;
    }

    private List<String> periods() {
        if (seed.year() >= LAST_YEAR) {
            return List.of(LAST_YEAR + "-Q3", LAST_YEAR + "-Q4");
        }
        List<String> years = new ArrayList<>();
        for (int year = seed.year(); year <= LAST_YEAR; year++) {
            years.add(String.valueOf(year));
        }
        return years;
    }

    private double planned(DemoThemes.Theme t) {
        if ("aantal".equals(t.unit())) {
            return 1;
        }
        return "SROI".equals(t.clauseType())
                ? obligation() / Math.max(1, periods().size())
                : t.perMillion() * contractValue.doubleValue() / 1_000_000.0;
    }

    private long obligation() {
        return ClauseFields.sroiObligation(contractValue.longValue());
    }
}
