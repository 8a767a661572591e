package nl.mvimonitor.template.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.CellRef;

/** The findings of one validation run, in the order they were made. Messages start with the cell, e.g. "Criteria!G5: ". */
final class Findings {

    private final List<Finding> all = new ArrayList<>();

    void addAll(Collection<Finding> findings) {
        all.addAll(findings);
    }

    /** A finding with the rule's usual severity. */
    void add(RuleCode rule, CellRef cell, String message) {
        add(rule.severity(), rule.name(), cell, message);
    }

    void add(Severity severity, String rule, CellRef cell, String message) {
        String located = cell == null ? message : cell.a1() + ": " + message;
        all.add(new Finding(severity, rule, cell, located));
    }

    List<Finding> all() {
        return List.copyOf(all);
    }
}
