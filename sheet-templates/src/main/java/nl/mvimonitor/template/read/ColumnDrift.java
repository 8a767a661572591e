package nl.mvimonitor.template.read;

import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_LABEL_COLUMN;
import static nl.mvimonitor.template.workbook.TemplateLayout.FORM_VALUE_COLUMN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.read.ColumnBinding.Bound;
import nl.mvimonitor.template.read.TabVocabulary.Method;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.submission.CellRef;

/**
 * Reports how a tab's header differs from the template: renamed, moved, extra and missing columns (for a FORM tab:
 * field rows). Messages say what to fix and never quote a header text the team typed.
 */
final class ColumnDrift {

    private ColumnDrift() {
    }

    /**
     * Findings of one tab, in sheet order.
     *
     * @param labelRow TABLE: the row the labels are in, where a missing column is pointed at; FORM: unused
     */
    static List<Finding> findings(ColumnBinding binding, String sheetName, int labelRow) {
        boolean form = binding.vocabulary().tab().layout() == TabLayout.FORM;
        TabVocabulary vocabulary = binding.vocabulary();
        List<Finding> findings = new ArrayList<>();
        for (Bound bound : binding.bound()) {
            boolean recognisedOtherwise = bound.method() == Method.KEY || bound.method() == Method.ALIAS;
            if (recognisedOtherwise && !vocabulary.isOwnLabel(bound.schemaIndex(), bound.slot().label())) {
                findings.add(renamed(bound, vocabulary, form));
            }
        }
        for (Bound bound : binding.moved()) {
            findings.add(moved(bound, vocabulary, form));
        }
        for (HeaderSlot slot : binding.unbound()) {
            findings.add(extra(slot, form));
        }
        for (int index : binding.missing()) {
            findings.add(missing(index, vocabulary, new CellRef(sheetName, form ? SheetLayout.FIRST_FIELD_ROW + index
                    : labelRow, form ? FORM_LABEL_COLUMN : index), form));
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.cell().row()).thenComparingInt(f -> f.cell().column()));
        return findings;
    }

    private static Finding renamed(Bound bound, TabVocabulary vocabulary, boolean form) {
        String label = vocabulary.column(bound.schemaIndex()).labelNl();
        String message = form
                ? "De veldnaam in " + bound.slot().labelCell().a1() + " is gewijzigd; het veld is herkend als '"
                        + label + "'. Zet de tekst terug naar '" + label + "'."
                : "De kolomkop in " + bound.slot().labelCell().a1() + " is gewijzigd; de kolom is herkend als '"
                        + label + "'. Zet de kop terug naar '" + label + "'.";
        return finding(RuleCode.KOLOM_HERNOEMD, bound.slot().labelCell(), message);
    }

    private static Finding moved(Bound bound, TabVocabulary vocabulary, boolean form) {
        int index = bound.schemaIndex();
        String label = vocabulary.column(index).labelNl();
        String previous = index == 0 ? null : vocabulary.column(index - 1).labelNl();
        String cell = bound.slot().labelCell().a1();
        String message = form
                ? "Het veld '" + label + "' in " + cell + " staat op een andere rij dan in het sjabloon. De waarde is "
                        + "gelezen; zet de rij bij voorkeur terug " + (previous == null ? "bovenaan" : "onder '"
                        + previous + "'") + "."
                : "De kolom '" + label + "' in " + cell + " staat op een andere plaats dan in het sjabloon. De gegevens "
                        + "zijn gelezen; zet de kolom bij voorkeur terug " + (previous == null ? "vooraan" : "na '"
                        + previous + "'") + ".";
        return finding(RuleCode.KOLOM_VERPLAATST, bound.slot().labelCell(), message);
    }

    private static Finding extra(HeaderSlot slot, boolean form) {
        String cell = slot.labelCell().a1();
        String message = form
                ? "De regel in " + cell + " hoort niet bij het sjabloon en wordt niet gelezen. Zet de waarde bij een "
                        + "veld van het sjabloon of verwijder de regel."
                : "De kolom in " + cell + " hoort niet bij het sjabloon en wordt niet gelezen. Zet de gegevens in "
                        + "een kolom van het sjabloon of verwijder de kolom.";
        return finding(RuleCode.KOLOM_EXTRA, slot.labelCell(), message);
    }

    /** @param expected where the column (TABLE) or field label (FORM) is in the template */
    private static Finding missing(int index, TabVocabulary vocabulary, CellRef expected, boolean form) {
        ColumnSchema column = vocabulary.column(index);
        String label = column.labelNl();
        String sheetName = expected.sheet();
        Severity severity = column.isEverRequired() ? Severity.FOUT : Severity.WAARSCHUWING;
        String message = form
                ? "Het veld '" + label + "' ontbreekt in tabblad " + sheetName + ". Voeg de regel weer toe met '"
                        + label + "' in kolom " + CellRef.columnLetters(FORM_LABEL_COLUMN) + " en de waarde in "
                        + "kolom " + CellRef.columnLetters(FORM_VALUE_COLUMN) + "."
                : "De kolom '" + label + "' ontbreekt in tabblad " + sheetName + ". Voeg de kolom weer toe met de kop '"
                        + label + "' (in het sjabloon is dat kolom " + CellRef.columnLetters(index) + ").";
        return new Finding(severity, RuleCode.KOLOM_ONTBREEKT.name(), expected, message);
    }

    private static Finding finding(RuleCode rule, CellRef cell, String message) {
        return new Finding(rule.severity(), rule.name(), cell, message);
    }
}
