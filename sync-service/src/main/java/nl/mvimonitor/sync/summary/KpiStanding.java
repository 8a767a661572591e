package nl.mvimonitor.sync.summary;

import java.util.Objects;

/**
 * Where a KPI stands for one theme (all units): its value in the reporting year and in the year before.
 *
 * @param kpi      the KPI
 * @param theme    theme code, or null for all themes
 * @param year     reporting year (the latest year with data, not after the current year), or null without data
 * @param current  value in the reporting year, or null
 * @param previous value in the year before, or null
 */
record KpiStanding(Kpi kpi, String theme, Integer year, KpiValue current, KpiValue previous) {

    KpiStanding {
        Objects.requireNonNull(kpi, "kpi");
    }

    boolean hasData() {
        return current != null;
    }

    /** ↑, ↓ or → against the previous year; empty without both values. */
    String trend() {
        if (current == null || previous == null) {
            return "";
        }
        int direction = current.value().compareTo(previous.value());
        return direction > 0 ? "↑" : direction < 0 ? "↓" : "→";
    }
}
