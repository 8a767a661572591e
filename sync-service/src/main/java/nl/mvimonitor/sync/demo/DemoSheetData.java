package nl.mvimonitor.sync.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.mvimonitor.sync.demo.DemoOrganisation.ProjectSeed;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.workbook.FilledData;

/**
 * Generates what a diligent project team would have typed into its sheet, phase by phase: the Project form, goals,
 * criteria and, once the contract runs, anchoring clauses, results and social return. Then plants the seed's mistake.
 */
final class DemoSheetData {

    /** A fictional BSN that passes the elfproef: the mistake the validator must catch. */
    static final String PLANTED_BSN = "123456782";

    private final Random random;

    DemoSheetData(Random random) {
        this.random = random;
    }

    FilledData fill(String projectId, ProjectSeed seed) {
        Map<String, List<Map<String, Object>>> tabs = new LinkedHashMap<>();
        Map<String, Object> project = project(projectId, seed);
        tabs.put("Project", List.of(project));
        tabs.put("Doelen", goals(seed));
        if (seed.phase().atLeast(Phase.AANBESTEDEN)) {
            tabs.put("Criteria", criteria(seed));
        }
        if (seed.phase().atLeast(Phase.UITVOEREN)) {
            DemoResults results = new DemoResults(random, seed, contractValue(project));
            tabs.put("Borging", results.clauses());
            tabs.put("Realisatie", results.realisations());
            tabs.put("SROI", results.socialReturn());
        }
        if (seed.phase() == Phase.AFGEROND) {
            tabs.put("Evaluatie", List.of(evaluation()));
        }
        return new FilledData(tabs);
    }

    private Map<String, Object> project(String projectId, ProjectSeed seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("project_id", projectId);
        p.put("projectnaam", seed.name());
        p.put("organisatieonderdeel", seed.unit());
        p.put("fase", seed.phase().name());
        p.put("opdrachtsoort", seed.kind());
        p.put("geraamde_waarde", seed.mistake() == DemoMistake.NUMBER_AS_TEXT
                ? dutchAmount(seed.estimatedValue()) : (Object) seed.estimatedValue());
        p.put("opmerkingen", remark(seed));
        if (seed.phase().atLeast(Phase.AANBESTEDEN)) {
            tenderFields(p, seed);
        }
        if (seed.phase().atLeast(Phase.UITVOEREN)) {
            contractFields(p, seed);
        }
        return p;
    }

    private void tenderFields(Map<String, Object> p, ProjectSeed seed) {
        if (seed.mistake() != DemoMistake.MISSING_REQUIRED) {
            p.put("cpv_code", seed.cpv());
        }
        p.put("mvi_productgroep", seed.productGroup());
        boolean aboveThreshold = seed.estimatedValue() > 221_000 && !"werken".equals(seed.kind())
                || seed.estimatedValue() > 5_538_000;
        p.put("boven_eu_drempel", aboveThreshold);
        p.put("procedure", aboveThreshold ? "openbaar" : "meervoudig-onderhands");
        p.put("eforms_strategisch", socialOnly(seed) ? "soc-obj" : "env-imp");
        boolean consulted = random.nextInt(3) > 0;
        p.put("marktconsultatie", consulted);
        if (consulted) {
            p.put("marktconsultatie_datum", LocalDate.of(seed.year(), 1 + random.nextInt(3), 1 + random.nextInt(28)));
            p.put("marktconsultatie_toelichting",
                    "Marktdag met vijf partijen over de MVI-ambities; de markt kan de gevraagde CO2-reductie halen.");
        }
        if (aboveThreshold) {
            p.put("tenderned_kenmerk", String.valueOf(300_000 + random.nextInt(200_000)));
        }
    }

    private void contractFields(Map<String, Object> p, ProjectSeed seed) {
        LocalDate awarded = LocalDate.of(seed.year(), 4 + random.nextInt(6), 1 + random.nextInt(28));
        p.put("gunningsdatum", awarded);
        long factor = 85 + random.nextInt(25);
        p.put("contractwaarde", seed.estimatedValue() / 100 * factor);
        p.put("looptijd_start", awarded.plusMonths(1).withDayOfMonth(1));
        p.put("looptijd_eind", awarded.plusMonths(1).withDayOfMonth(1).plusYears(2 + random.nextInt(3)).minusDays(1));
        p.put("leverancier_kvk", String.valueOf(10_000_000 + random.nextInt(89_999_999)));
    }

    private static String remark(ProjectSeed seed) {
        if (seed.mistake() == DemoMistake.BSN_IN_REMARK) {
            return "Aanspreekpunt bij de leverancier voor de SROI-kandidaat, BSN " + PLANTED_BSN + ".";
        }
        return seed.phase() == Phase.VOORBEREIDEN ? "Behoeftestelling loopt; ambities worden met de markt besproken." : null;
    }

    private List<Map<String, Object>> goals(ProjectSeed seed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 1;
        for (String theme : seed.themes()) {
            DemoThemes.Theme t = DemoThemes.of(theme);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doel_id", "D" + n++);
            row.put("thema", theme);
            row.put("indicator", t.indicator());
            row.put("eenheid", t.unit());
            row.put("referentiewaarde", 0);
            row.put("doelwaarde", t.target(seed.estimatedValue()));
            row.put("peildatum", LocalDate.of(seed.year() + 3, 12, 31));
            row.put("organisatiedoel", t.boardGoal());
            row.put("additioneel", random.nextInt(4) == 0 ? "onbekend" : "ja");
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> criteria(ProjectSeed seed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 1;
        for (String theme : seed.themes()) {
            DemoThemes.Theme t = DemoThemes.of(theme);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterium_id", "C" + n++);
            row.put("thema", theme);
            row.put("bron", t.criteriaToolCode() == null ? "eigen" : "criteriatool");
            row.put("criteriatool_code", t.criteriaToolCode());
            row.put("instrument", t.instrument());
            row.put("ambitieniveau", String.valueOf(1 + random.nextInt(3)));
            if ("gunningscriterium".equals(t.instrument())) {
                row.put("weging_pct", 10 + 5 * random.nextInt(3));
                row.put("fictieve_korting", 25_000 * (1 + random.nextInt(8)));
            }
            row.put("eforms_detail", t.eformsCode());
            row.put("verificatie", t.verification());
            row.put("omschrijving", t.criterion());
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> evaluation() {
        Map<String, Object> row = new LinkedHashMap<>();
        String[] outcomes = {"ja", "ja", "deels"};
        row.put("mvi_gerealiseerd", outcomes[random.nextInt(outcomes.length)]);
        row.put("lessen", "Eisen vroeg met de markt bespreken werkte goed; rapportage per kwartaal afspreken in het contract.");
        row.put("datakwaliteit", 3 + random.nextInt(3));
        return row;
    }

    private static boolean socialOnly(ProjectSeed seed) {
        return seed.themes().stream().allMatch(t -> t.equals("SRO") || t.equals("ISV") || t.equals("DI"));
    }

    private static BigDecimal contractValue(Map<String, Object> project) {
        Object value = project.get("contractwaarde");
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP);
    }

    /** 1850000 -> "1.850.000,00", as a team types an amount as text. */
    static String dutchAmount(long value) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d,00", value);
    }
}
