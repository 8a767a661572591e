package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;

/**
 * What the board report needs of one contract clause (Borging).
 *
 * @param type           clause type code, e.g. KPI, rapportage, SROI, MKI
 * @param theme          theme of the criterion it refers to, or null when that criterion is unknown
 * @param sroiObligation SROI obligation in EUR, or null
 * @param mkiReduction   MKI reference minus offered, in EUR, or null
 */
record ClauseFact(String type, String theme, BigDecimal sroiObligation, BigDecimal mkiReduction) {

    static final String KPI = "KPI";
    static final String REPORTING = "rapportage";
}
