package nl.mvimonitor.template.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Data-quality warnings the field knows (DOMAIN.md section 6): the same indicator reported in different units, and
 * results reported before the contract runs. Warnings only: the data is kept.
 */
final class DataQualityChecks {

    static final String REALISATIE = "Realisatie";
    static final String REFERENCE = "verwijzing";
    static final String INDICATOR = "indicator";
    static final String UNIT = "eenheid";

    private final TemplateSchema schema;

    DataQualityChecks(TemplateSchema schema) {
        this.schema = schema;
    }

    void check(Map<String, CheckedTab> tabs, Phase phase, Findings findings) {
        CheckedTab results = tabs.get(REALISATIE);
        if (results == null) {
            return;
        }
        boolean hasColumns = List.of(REFERENCE, INDICATOR, UNIT).stream()
                .allMatch(key -> results.schema().column(key).isPresent());
        if (hasColumns) {
            mixedUnits(results, findings);
        }
        earlyResults(results, phase, findings);
    }

    private static void mixedUnits(CheckedTab results, Findings findings) {
        Map<List<String>, CheckedRow> first = new HashMap<>();
        for (CheckedRow row : results.rows()) {
            Object reference = row.value(REFERENCE);
            Object indicator = row.value(INDICATOR);
            Object unit = row.value(UNIT);
            if (reference == null || indicator == null || unit == null) {
                continue;
            }
            List<String> key = List.of(RuleContext.comparable(reference), RuleContext.comparable(indicator));
            CheckedRow earlier = first.putIfAbsent(key, row);
            if (earlier != null && !unit.equals(earlier.value(UNIT))) {
                // units are codes from the schema's list, not user text, so naming them is safe
                findings.add(RuleCode.EENHEID_GEMENGD, row.cell(UNIT), "'" + label(results, UNIT) + "' is hier "
                        + unit + ", maar rij " + earlier.rowNumber() + " rapporteert dezelfde verwijzing en indicator "
                        + "in " + earlier.value(UNIT) + ". Rapporteer een indicator steeds in dezelfde eenheid en reken "
                        + "zo nodig om (bijvoorbeeld kg naar t).");
            }
        }
    }

    private void earlyResults(CheckedTab results, Phase phase, Findings findings) {
        if (phase == null || phase.atLeast(Phase.UITVOEREN) || results.rows().isEmpty()) {
            return;
        }
        CheckedRow firstRow = results.rows().get(0);
        String firstKey = results.schema().columns().get(0).key();
        var cell = firstRow.cell(firstKey) != null ? firstRow.cell(firstKey) : CellLocator.tabHeader(
                results.schema(), results.submitted());
        findings.add(RuleCode.REALISATIE_TE_VROEG, cell, "Het tabblad '" + results.schema().sheetName() + "' bevat "
                + Messages.rows(results.rows().size()) + ", maar het project staat in de fase "
                + ProjectFacts.phaseLabel(phase, schema) + ". Realisatie hoort bij de fase "
                + ProjectFacts.phaseLabel(Phase.UITVOEREN, schema) + " en later: controleer de fase in het tabblad "
                + "Project.");
    }

    private static String label(CheckedTab tab, String key) {
        return tab.schema().requireColumn(key).labelNl();
    }
}
