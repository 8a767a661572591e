package nl.mvimonitor.sync.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import nl.mvimonitor.sync.demo.DemoThemes;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.workbook.FilledData;

/**
 * Generates what a project team would have typed into a prototype sheet: the Project form with identity tokens,
 * goals and criteria, and (through {@link CorpusContractRows}) the contract tabs. Plants the prototype's mistakes.
 */
final class CorpusSheetData {

    /** Award criteria share the tender's points; beyond this the rest become minimum requirements. */
    private static final int MAX_WEIGHT_TOTAL = 60;
    private static final int WEIGHT = 5;

    private final PrototypeSpec spec;
    private final Random random;

    CorpusSheetData(PrototypeSpec spec, long seed) {
        this.spec = spec;
        this.random = new Random(PrototypeSpec.mix(~seed, spec.index()));
    }

    FilledData fill() {
        List<String> periods = CorpusContractRows.periods(spec.year());
        RowBudget budget = RowBudget.of(spec, periods.size());
        Map<String, List<Map<String, Object>>> tabs = new LinkedHashMap<>();
        tabs.put("Project", List.of(project()));
        tabs.put("Doelen", goals(budget.goals()));
        if (spec.phase().atLeast(Phase.AANBESTEDEN)) {
            tabs.put("Criteria", criteria(budget.criteria()));
        }
        if (spec.phase().atLeast(Phase.UITVOEREN)) {
            CorpusContractRows contract = new CorpusContractRows(spec, random, periods);
            tabs.put("Borging", contract.clauses(budget.clauses(), budget.criteria()));
            tabs.put("Realisatie", contract.realisations(budget.realisations(), budget.clauses()));
            tabs.put("SROI", contract.socialReturn(budget.socialReturn()));
        }
        if (spec.phase() == Phase.AFGEROND) {
            tabs.put("Evaluatie", List.of(evaluation()));
        }
        return new FilledData(tabs);
    }

    /** The theme of the n-th goal, criterion or clause: the project's themes in turn. */
    static String theme(PrototypeSpec spec, int n) {
        return spec.themes().get(n % spec.themes().size());
    }

    private Map<String, Object> project() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("project_id", IdentityTokens.PROJECT_ID);
        p.put("projectnaam", IdentityTokens.PROJECT_NAME);
        p.put("organisatieonderdeel", IdentityTokens.UNIT);
        p.put("fase", spec.phase().name());
        p.put("opdrachtsoort", spec.purchase().kind());
        p.put("geraamde_waarde", spec.mistakes().contains(PlantedMistake.NUMBER_AS_TEXT)
                ? String.format(Locale.forLanguageTag("nl-NL"), "%,d,00", spec.estimatedValue())
                : (Object) spec.estimatedValue());
        p.put("opmerkingen", IdentityTokens.REMARK);
        if (spec.phase().atLeast(Phase.AANBESTEDEN)) {
            tenderFields(p);
        }
        if (spec.phase().atLeast(Phase.UITVOEREN)) {
            LocalDate awarded = LocalDate.of(spec.year(), 2 + random.nextInt(8), 1 + random.nextInt(28));
            LocalDate start = awarded.plusMonths(1).withDayOfMonth(1);
            p.put("gunningsdatum", awarded);
            p.put("contractwaarde", spec.estimatedValue() / 100 * (85 + random.nextInt(25)));
            p.put("looptijd_start", start);
            p.put("looptijd_eind", start.plusYears(2 + random.nextInt(4)).minusDays(1));
            p.put("leverancier_kvk", String.valueOf(10_000_000 + random.nextInt(89_999_999)));
        }
        return p;
    }

    private void tenderFields(Map<String, Object> p) {
        p.put("cpv_code", spec.purchase().cpv());
        p.put("mvi_productgroep", spec.purchase().productGroup());
        boolean above = spec.estimatedValue() > ("werken".equals(spec.purchase().kind()) ? 5_538_000 : 221_000);
        p.put("boven_eu_drempel", above);
        p.put("procedure", above ? "openbaar" : "meervoudig-onderhands");
        p.put("eforms_strategisch", spec.themes().contains("SRO") ? "soc-obj" : "env-imp");
        boolean consulted = random.nextInt(3) > 0;
        p.put("marktconsultatie", consulted);
        if (consulted) {
            p.put("marktconsultatie_datum", LocalDate.of(spec.year(), 1 + random.nextInt(3), 1 + random.nextInt(28)));
            p.put("marktconsultatie_toelichting",
                    "Marktdag met vijf partijen over de MVI-ambities; de markt kan de gevraagde reductie halen.");
        }
        if (above) {
            p.put("tenderned_kenmerk", String.valueOf(300_000 + random.nextInt(200_000)));
        }
    }

    private List<Map<String, Object>> goals(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            DemoThemes.Theme t = DemoThemes.of(theme(spec, n));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doel_id", "D" + (n + 1));
            row.put("thema", theme(spec, n));
            row.put("indicator", t.indicator());
            row.put("eenheid", t.unit());
            row.put("referentiewaarde", 0);
            row.put("doelwaarde", Math.max(1, t.target(spec.estimatedValue()) * (50 + random.nextInt(100)) / 100));
            row.put("peildatum", LocalDate.of(spec.year() + 3, 12, 31));
            row.put("organisatiedoel", t.boardGoal());
            row.put("additioneel", random.nextInt(4) == 0 ? "onbekend" : "ja");
            rows.add(row);
        }
        plantGoalMistakes(rows);
        return rows;
    }

    private void plantGoalMistakes(List<Map<String, Object>> rows) {
        if (spec.mistakes().contains(PlantedMistake.MISSING_REQUIRED)) {
            rows.get(rows.size() / 3).put("indicator", null);
        }
        if (spec.mistakes().contains(PlantedMistake.OUT_OF_CODE_LIST)) {
            rows.get(rows.size() / 2).put("eenheid", "ton CO2");
        }
        if (spec.mistakes().contains(PlantedMistake.DATE_AS_TEXT)) {
            rows.get(rows.size() - 1).put("peildatum", "31-12-" + (spec.year() + 3));
        }
    }

    private List<Map<String, Object>> criteria(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int weights = 0;
        for (int n = 0; n < count; n++) {
            DemoThemes.Theme t = DemoThemes.of(theme(spec, n));
            boolean award = "gunningscriterium".equals(t.instrument()) && weights + WEIGHT <= MAX_WEIGHT_TOTAL;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterium_id", "C" + (n + 1));
            row.put("thema", theme(spec, n));
            row.put("bron", t.criteriaToolCode() == null ? "eigen" : "criteriatool");
            row.put("criteriatool_code", t.criteriaToolCode());
            row.put("instrument", award || !"gunningscriterium".equals(t.instrument()) ? t.instrument() : "minimumeis");
            row.put("ambitieniveau", String.valueOf(1 + random.nextInt(3)));
            if (award) {
                weights += WEIGHT;
                row.put("weging_pct", WEIGHT);
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
        row.put("mvi_gerealiseerd", random.nextInt(3) == 0 ? "deels" : "ja");
        row.put("lessen", "Eisen vroeg met de markt bespreken werkte goed; rapportage per kwartaal afspreken.");
        row.put("datakwaliteit", 3 + random.nextInt(3));
        return row;
    }
}
