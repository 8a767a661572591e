package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * A deterministic store of many generated projects that reach every branch the board's facts take: codes stored as
 * code, label or unknown text, numbers of several scales, kg and tonnes, periods that are no year, projects without
 * dates or values, phases only in the Project row, quarantined files and units left empty.
 */
final class ManyProjects {

    private static final String[] UNITS = {"Zuiveringsbeheer", "Watersysteem", "Bedrijfsvoering", null};
    private static final String[] THEMES = {"KLI", "CIR", "SRO", "MIL", "Klimaat (mitigatie)",
            "Circulair (incl. biobased)", "onbekend thema", null};
    private static final String[] AMBITIONS = {"1", "2", "3", "Ambitieus", "x", null};
    private static final String[] INSTRUMENTS = {"gunningscriterium", "minimumeis", "Gunningscriterium", null};
    private static final String[] CLAUSE_TYPES = {"KPI", "rapportage", "SROI", "MKI", "Rapportageverplichting",
            "bonus", null};
    private static final String[] QUANTITY_UNITS = {"t CO2-eq", "kg CO2-eq", "t", "kg", "kg NOx", "kg PM10", "m3",
            null};
    private static final String[] SOURCES = {"meting", "schatting", "default", "leverancier", "Meting", null};
    private static final String[] PERIODS = {"2023", "2024-Q2", "2025", "2025-Q4", "2026", "onbekend", null};
    private static final String[] DECIMALS = {"0", "12.50", "1E+3", "0.001", "250000", "-5", "33.333"};

    private ManyProjects() {
    }

    /** {@code count} projects; the one at {@code changed} (or none, when -1) has other content. */
    static InMemorySubmissionQueries data(int count, int changed) {
        InMemorySubmissionQueries data = new InMemorySubmissionQueries();
        for (int i = 0; i < count; i++) {
            add(data, i, i == changed);
        }
        data.expect(new ExpectedProject("P-0001", UNITS[1], 2025));
        data.expect(new ExpectedProject("P-9999", UNITS[0], 2024));
        return data;
    }

    private static void add(InMemorySubmissionQueries data, int index, boolean changed) {
        Random random = new Random(index * 31L + (changed ? 7 : 0));
        SubmissionSummary submission = data.add(summary(index, changed, random));
        if (submission.status() == SubmissionStatus.QUARANTAINE) {
            return;
        }
        if (random.nextInt(8) > 0) {
            project(data, submission, random);
        }
        int criteria = random.nextInt(4);
        for (int c = 0; c < criteria; c++) {
            data.row(submission, "Criteria", 3 + c, "criterium_id", "C" + (c + 1), "thema", pick(random, THEMES),
                    "instrument", pick(random, INSTRUMENTS), "ambitieniveau", pick(random, AMBITIONS),
                    "weging_pct", decimal(random));
        }
        int clauses = random.nextInt(5);
        for (int c = 0; c < clauses; c++) {
            data.row(submission, "Borging", 3 + c, "borging_id", "B" + c, "criterium_id", "C" + random.nextInt(4),
                    "type", pick(random, CLAUSE_TYPES), "sroi_verplichting", decimal(random),
                    "mki_referentie", decimal(random), "mki_aangeboden", decimal(random));
        }
        realisations(data, submission, random);
    }

    private static SubmissionSummary summary(int index, boolean changed, Random random) {
        SubmissionStatus status = SubmissionStatus.values()[random.nextInt(SubmissionStatus.values().length)];
        Phase phase = random.nextInt(3) == 0 ? null : Phase.values()[random.nextInt(Phase.values().length)];
        String projectId = status == SubmissionStatus.QUARANTAINE ? null : String.format("P-%04d", index);
        Instant received = random.nextInt(10) == 0 ? null
                : Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(4 * 365) * 86_400L);
        String name = "bestand-" + index + ".xlsx";
        return new SubmissionSummary(index + 1, projectId, UNITS[index % UNITS.length], name, "map/" + name,
                "f" + index + (changed ? "b" : "a"), 1, phase, status, received,
                Instant.parse("2026-01-14T06:00:00Z"), 10, random.nextInt(2), random.nextInt(2));
    }

    private static void project(InMemorySubmissionQueries data, SubmissionSummary submission, Random random) {
        data.row(submission, "Project", 1, "project_id", submission.projectId(),
                "fase", pick(random, new String[] {"AANBESTEDEN", "UITVOEREN", "AFGEROND", "VOORBEREIDEN", "?"}),
                "gunningsdatum", random.nextBoolean() ? LocalDate.of(2022 + random.nextInt(5), 3, 1) : null,
                "looptijd_start", random.nextBoolean() ? LocalDate.of(2022 + random.nextInt(5), 9, 1) : null,
                "contractwaarde", random.nextBoolean() ? decimal(random) : null,
                "geraamde_waarde", random.nextBoolean() ? decimal(random) : null);
    }

    private static void realisations(InMemorySubmissionQueries data, SubmissionSummary submission, Random random) {
        int rows = random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            Object evidence = List.of(Boolean.TRUE, Boolean.FALSE, "ja", "Nee", " JA ").get(random.nextInt(5));
            data.row(submission, "Realisatie", 3 + r, "periode", pick(random, PERIODS), "thema", pick(random, THEMES),
                    "eenheid", pick(random, QUANTITY_UNITS), "bron", pick(random, SOURCES),
                    "gepland", random.nextBoolean() ? decimal(random) : null, "gerealiseerd", decimal(random),
                    "bewijs_ontvangen", random.nextInt(6) == 0 ? null : evidence);
        }
        int sroi = random.nextInt(4);
        for (int r = 0; r < sroi; r++) {
            data.row(submission, "SROI", 3 + r, "periode", pick(random, PERIODS),
                    "aantal_plaatsingen", decimal(random), "inspanningswaarde", decimal(random));
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal decimal(Random random) {
        return random.nextInt(6) == 0 ? null : new BigDecimal(pick(random, DECIMALS));
    }
}
