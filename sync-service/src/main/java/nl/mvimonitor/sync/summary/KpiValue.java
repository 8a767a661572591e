package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A computed KPI value with what it rests on, in Dutch (e.g. "2 van 3 aanbestedingen").
 *
 * @param value  the value in the KPI's unit
 * @param basisNl short Dutch description of the numbers behind it
 */
record KpiValue(BigDecimal value, String basisNl) {

    KpiValue {
        Objects.requireNonNull(value, "value");
        basisNl = basisNl == null ? "" : basisNl;
    }
}
