package nl.mvimonitor.template.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/**
 * Checks one tab cell by cell: personal data first (a hit drops the value before anything reads it), then the
 * type, then required-by-phase for empty cells, and finally the number of rows the phase needs.
 */
final class TabChecker {

    private final TemplateSchema schema;
    private final CellConverter converter;
    private final PrivacyScreen privacy = new PrivacyScreen();

    TabChecker(TemplateSchema schema) {
        this.schema = schema;
        this.converter = new CellConverter(schema);
    }

    CheckedTab check(TabSchema tab, SubmittedTab submitted, Phase phase, Findings findings) {
        List<CheckedRow> rows = new ArrayList<>();
        if (tab.layout() == TabLayout.FORM) {
            rows.add(checkRow(tab, submitted, submitted.single(), phase, findings));
        } else {
            for (SubmissionRow row : submitted.rows()) {
                if (!row.isBlank()) {
                    rows.add(checkRow(tab, submitted, row, phase, findings));
                }
            }
            checkRowCount(tab, submitted, rows.size(), phase, findings);
        }
        return new CheckedTab(tab, submitted, rows);
    }

    private CheckedRow checkRow(TabSchema tab, SubmittedTab submitted, SubmissionRow row, Phase phase,
            Findings findings) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ColumnSchema column : tab.columns()) {
            RawCell raw = row.cells().get(column.key());
            if (raw == null || raw.isBlank()) {
                requireIfNeeded(tab, submitted, row, column, raw, phase, findings);
                continue;
            }
            Object value = typedValue(new CellInput(column, raw, findings));
            if (value != null) {
                values.put(column.key(), value);
            }
        }
        return new CheckedRow(new TypedRow(row.rowNumber(), values), tab, submitted, row);
    }

    /** Personal data is looked for first: a hit drops the value before any other check can read it. */
    private Object typedValue(CellInput in) {
        return privacy.flags(in) ? null : converter.convert(in);
    }

    /** The cell is located only for a required column: most empty cells need no finding, so no cell. */
    private void requireIfNeeded(TabSchema tab, SubmittedTab submitted, SubmissionRow row, ColumnSchema column,
            RawCell raw, Phase phase, Findings findings) {
        if (!column.isRequiredIn(phase)) {
            return;
        }
        CellRef ref = raw != null ? raw.ref() : CellLocator.locate(tab, submitted, row, column);
        if (ref == null) {
            return;
        }
        String why = column.required()
                ? "Dit veld is verplicht."
                : "Vanaf de fase " + phaseLabel(column.requiredFromPhase()) + " is dit veld verplicht; het project "
                        + "staat in de fase " + phaseLabel(phase) + ".";
        findings.add(RuleCode.VERPLICHT, ref, Messages.label(column) + " is leeg. " + why + " Vul het in.");
    }

    private void checkRowCount(TabSchema tab, SubmittedTab submitted, int count, Phase phase, Findings findings) {
        boolean phaseNeedsRows = tab.minRowsFromPhase() != null && phase != null && phase.atLeast(tab.minRowsFromPhase());
        int needed = Math.max(tab.minRows(), phaseNeedsRows ? 1 : 0);
        if (count >= needed) {
            return;
        }
        String why = tab.minRows() >= needed
                ? "Dit tabblad heeft altijd minstens " + Messages.rows(needed) + " nodig."
                : "Vanaf de fase " + phaseLabel(tab.minRowsFromPhase()) + " is minstens 1 rij nodig; het project staat "
                        + "in de fase " + phaseLabel(phase) + ".";
        String has = count == 0 ? "geen ingevulde rijen" : "maar " + Messages.rows(count);
        findings.add(RuleCode.RIJEN_VERPLICHT, CellLocator.tabHeader(tab, submitted),
                "Het tabblad '" + tab.sheetName() + "' heeft " + has + ". " + why + " Vul de rijen onder deze kop in.");
    }

    private String phaseLabel(Phase phase) {
        return ProjectFacts.phaseLabel(phase, schema);
    }
}
