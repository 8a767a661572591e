package nl.mvimonitor.sync.benchmark;

import nl.mvimonitor.template.schema.Phase;

/**
 * How a prototype's data rows are spread over the TABLE tabs, as a project in that phase would fill them.
 *
 * @param goals        Doelen rows
 * @param criteria     Criteria rows
 * @param clauses      Borging rows
 * @param realisations Realisatie rows
 * @param socialReturn SROI rows
 */
record RowBudget(int goals, int criteria, int clauses, int realisations, int socialReturn) {

    /** SROI has one row per period and building block, and there are five blocks. */
    static final int BUILDING_BLOCKS = 5;

    RowBudget {
        if (goals < 1 || criteria < 0 || clauses < 0 || realisations < 0 || socialReturn < 0) {
            throw new IllegalArgumentException("row counts must not be negative and there must be a goal");
        }
    }

    static RowBudget of(PrototypeSpec spec, int periods) {
        int total = spec.tableRows();
        if (spec.phase() == Phase.VOORBEREIDEN) {
            return new RowBudget(total, 0, 0, 0, 0);
        }
        if (spec.phase() == Phase.AANBESTEDEN) {
            return new RowBudget(total / 2, total - total / 2, 0, 0, 0);
        }
        int eighth = total / 8;
        int rest = total - 3 * eighth;
        int social = spec.themes().contains("SRO") ? Math.min(rest / 4, periods * BUILDING_BLOCKS) : 0;
        return new RowBudget(eighth, eighth, eighth, rest - social, social);
    }

    int total() {
        return goals + criteria + clauses + realisations + socialReturn;
    }
}
