package nl.mvimonitor.sync.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mvimonitor.sync.demo.ClauseFields;
import nl.mvimonitor.sync.demo.DemoThemes;
import nl.mvimonitor.sync.demo.RealisationRows;

/** The contract side of a prototype: clauses (Borging), reported results (Realisatie) and social return (SROI). */
final class CorpusContractRows {

    /** The last full reporting year of the corpus. */
    static final int LAST_YEAR = 2025;
    private static final List<String> BLOCKS = List.of("arbeidsplaats", "leerwerkplek", "werkervaring",
            "sociale-inkoop", "overig");

    private final PrototypeSpec spec;
    private final Random random;
    private final List<String> periods;

    CorpusContractRows(PrototypeSpec spec, Random random, List<String> periods) {
        this.spec = spec;
        this.random = random;
        this.periods = List.copyOf(periods);
    }

    /** Quarters from the start year to the last reporting year. */
    static List<String> periods(int fromYear) {
        List<String> quarters = new ArrayList<>();
        for (int year = Math.min(fromYear, LAST_YEAR); year <= LAST_YEAR; year++) {
            for (int q = 1; q <= 4; q++) {
                quarters.add(year + "-Q" + q);
            }
        }
        return quarters;
    }

    List<Map<String, Object>> clauses(int count, int criteria) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int criterion = n % Math.max(1, criteria);
            DemoThemes.Theme t = DemoThemes.of(CorpusSheetData.theme(spec, criterion));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("borging_id", "B" + (n + 1));
            row.put("criterium_id", "C" + (criterion + 1));
            row.put("type", t.clauseType());
            row.put("norm", Math.round(yearly(t)));
            row.put("eenheid", t.unit());
            row.put("meetfrequentie", random.nextBoolean() ? "jaar" : "kwartaal");
            row.put("bewijs_vereist", true);
            row.put("sanctie", random.nextBoolean() ? "boete" : "herstelplan");
            ClauseFields.fill(row, t.clauseType(), spec.estimatedValue(), random);
            if (!ClauseFields.addsFields(t.clauseType())) {
                row.put("toelichting", "Rapportage per kwartaal in het contractoverleg.");
            }
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, Object>> realisations(int count, int clauses) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int clause = n % Math.max(1, clauses);
            String theme = CorpusSheetData.theme(spec, clause);
            String period = periods.get((n / Math.max(1, clauses)) % periods.size());
            rows.add(realisation(period, "B" + (clause + 1), theme, DemoThemes.of(theme)));
        }
        return rows;
    }

    private Map<String, Object> realisation(String period, String clause, String theme, DemoThemes.Theme t) {
        return RealisationRows.row(period, clause, theme, t, yearly(t) / 4, random);
    }

    /** One row per period and building block at most, as the template asks (totals, never one row per person). */
    List<Map<String, Object>> socialReturn(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int placements = 1 + random.nextInt(6);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("periode", periods.get(n / BLOCKS.size()));
            row.put("bouwblok", BLOCKS.get(n % BLOCKS.size()));
            row.put("aantal_plaatsingen", placements);
            row.put("fte", RealisationRows.oneDecimal(placements * 0.8));
            row.put("uren", placements * 1_200);
            row.put("inspanningswaarde", placements * 27_500L);
            row.put("via_pso", random.nextInt(3) == 0);
            rows.add(row);
        }
        return rows;
    }

    private double yearly(DemoThemes.Theme t) {
        if ("aantal".equals(t.unit())) {
            return 4;
        }
        return "SROI".equals(t.clauseType()) ? spec.estimatedValue() * 0.05 / Math.max(1, periods.size() / 4)
                : t.perMillion() * spec.estimatedValue() / 1_000_000.0;
    }
}
