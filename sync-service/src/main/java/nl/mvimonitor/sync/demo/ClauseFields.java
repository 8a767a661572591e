package nl.mvimonitor.sync.demo;

import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fields a Borging row of some clause types needs beyond the common ones: the CO2 performance ladder level, the
 * MKI reference and offer, the SROI obligation. Shared by the demo and the benchmark corpus, so both fill clauses
 * the way a team would.
 */
public final class ClauseFields {

    private static final Set<String> TYPES_WITH_FIELDS = Set.of("CO2-ladder", "MKI", "SROI");

    private ClauseFields() {
    }

    /**
     * Adds the type's fields to {@code row}; other types get none.
     *
     * @param contractValue the contract (or estimated) value the MKI and SROI figures follow
     */
    public static void fill(Map<String, Object> row, String type, long contractValue, Random random) {
        switch (type) {
            case "CO2-ladder" -> {
                boolean newVersion = random.nextInt(3) == 0;
                row.put("ladder_versie", newVersion ? "4.0" : "3.1");
                row.put("ladder_niveau", newVersion ? 2 : 3 + random.nextInt(3));
            }
            case "MKI" -> {
                long reference = contractValue / 40;
                row.put("mki_referentie", reference);
                row.put("mki_aangeboden", reference * (70 + random.nextInt(25)) / 100);
                row.put("en15804_versie", "+A2");
            }
            case "SROI" -> {
                row.put("sroi_basis", "aanneemsom");
                row.put("sroi_pct", 5);
                row.put("sroi_verplichting", sroiObligation(contractValue));
            }
            default -> {
                // KPI, rapportage and ISV-DD clauses need no extra fields
            }
        }
    }

    /** Whether {@link #fill} adds fields for this clause type. */
    public static boolean addsFields(String type) {
        return TYPES_WITH_FIELDS.contains(type);
    }

    /** The usual social return obligation: 5% of the contract value. */
    public static long sroiObligation(long contractValue) {
        return contractValue * 5 / 100;
    }
}
