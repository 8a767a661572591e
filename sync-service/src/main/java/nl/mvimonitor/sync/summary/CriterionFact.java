package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;

/**
 * What the board report needs of one MVI criterion.
 *
 * @param id         Criterium-ID, e.g. C1
 * @param theme      theme code, or null when missing
 * @param ambition   ambition level 1-3, or 0 when missing
 * @param instrument instrument code, e.g. gunningscriterium
 * @param weight     award weight in percent, or null
 */
record CriterionFact(String id, String theme, int ambition, String instrument, BigDecimal weight) {

    private static final String AWARD_CRITERION = "gunningscriterium";

    boolean isAmbitious() {
        return ambition >= 2;
    }

    boolean isAwardCriterion() {
        return AWARD_CRITERION.equals(instrument);
    }
}
