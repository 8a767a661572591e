package nl.mvimonitor.sync.summary;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Sums of Realisatie and SROI rows for one unit, theme and year (or, added up, for a wider scope). Planned
 * (contracted) and realised values are kept apart and never added together. Quantities are in tonnes; counts of
 * rows feed the data-quality KPIs.
 */
final class EffectTotals {

    /** Null until a row states a planned value: "nothing planned stated" is not "0 planned". */
    private BigDecimal co2Planned;
    private BigDecimal co2Realised = BigDecimal.ZERO;
    private int co2Rows;
    private BigDecimal primaryPlanned;
    private BigDecimal primaryRealised = BigDecimal.ZERO;
    private int primaryRows;
    private BigDecimal noxRealised = BigDecimal.ZERO;
    private BigDecimal pmRealised = BigDecimal.ZERO;
    private BigDecimal sroiRealised = BigDecimal.ZERO;
    private BigDecimal placements = BigDecimal.ZERO;
    private int sroiRows;
    private int rows;
    private int withEvidence;
    private int estimated;
    private int measured;

    void addCo2(BigDecimal plannedTonnes, BigDecimal realisedTonnes) {
        co2Planned = plus(co2Planned, plannedTonnes);
        co2Realised = co2Realised.add(orZero(realisedTonnes));
        co2Rows++;
    }

    void addPrimaryMaterial(BigDecimal plannedTonnes, BigDecimal realisedTonnes) {
        primaryPlanned = plus(primaryPlanned, plannedTonnes);
        primaryRealised = primaryRealised.add(orZero(realisedTonnes));
        primaryRows++;
    }

    void addNox(BigDecimal realisedKg) {
        noxRealised = noxRealised.add(orZero(realisedKg));
    }

    void addPm(BigDecimal realisedKg) {
        pmRealised = pmRealised.add(orZero(realisedKg));
    }

    /** One Realisatie row's quality: whether evidence was received and how the value was obtained. */
    void addRowQuality(boolean evidence, boolean isEstimate, boolean isMeasurement) {
        rows++;
        withEvidence += evidence ? 1 : 0;
        estimated += isEstimate ? 1 : 0;
        measured += isMeasurement ? 1 : 0;
    }

    void addSroi(BigDecimal effortValue, BigDecimal placementCount) {
        sroiRealised = sroiRealised.add(orZero(effortValue));
        placements = placements.add(orZero(placementCount));
        sroiRows++;
    }

    void addAll(EffectTotals other) {
        co2Planned = plus(co2Planned, other.co2Planned);
        co2Realised = co2Realised.add(other.co2Realised);
        co2Rows += other.co2Rows;
        primaryPlanned = plus(primaryPlanned, other.primaryPlanned);
        primaryRealised = primaryRealised.add(other.primaryRealised);
        primaryRows += other.primaryRows;
        noxRealised = noxRealised.add(other.noxRealised);
        pmRealised = pmRealised.add(other.pmRealised);
        sroiRealised = sroiRealised.add(other.sroiRealised);
        placements = placements.add(other.placements);
        sroiRows += other.sroiRows;
        rows += other.rows;
        withEvidence += other.withEvidence;
        estimated += other.estimated;
        measured += other.measured;
    }

    /** Writes every sum and count, for the facts cache ({@link SubmissionFactsFormat}). */
    void writeTo(DataOutput out) throws IOException {
        for (BigDecimal sum : new BigDecimal[] {co2Planned, co2Realised, primaryPlanned, primaryRealised, noxRealised,
                pmRealised, sroiRealised, placements}) {
            SubmissionFactsFormat.writeDecimal(out, sum);
        }
        for (int count : new int[] {co2Rows, primaryRows, sroiRows, rows, withEvidence, estimated, measured}) {
            out.writeInt(count);
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static EffectTotals readFrom(FactsInput in) throws IOException {
        EffectTotals totals = new EffectTotals();
        totals.co2Planned = in.readDecimal();
        totals.co2Realised = required(in.readDecimal());
        totals.primaryPlanned = in.readDecimal();
        totals.primaryRealised = required(in.readDecimal());
        totals.noxRealised = required(in.readDecimal());
        totals.pmRealised = required(in.readDecimal());
        totals.sroiRealised = required(in.readDecimal());
        totals.placements = required(in.readDecimal());
        totals.co2Rows = in.count();
        totals.primaryRows = in.count();
        totals.sroiRows = in.count();
        totals.rows = in.count();
        totals.withEvidence = in.count();
        totals.estimated = in.count();
        totals.measured = in.count();
        return totals;
    }

    private static BigDecimal required(BigDecimal sum) throws IOException {
        if (sum == null) {
            throw new IOException("missing sum");
        }
        return sum;
    }

    /** Planned (contracted) tonnes, or null when no row stated a planned value. */
    BigDecimal co2Planned() {
        return co2Planned;
    }

    BigDecimal co2Realised() {
        return co2Realised;
    }

    boolean hasCo2() {
        return co2Rows > 0;
    }

    /** Planned tonnes, or null when no row stated a planned value. */
    BigDecimal primaryPlanned() {
        return primaryPlanned;
    }

    BigDecimal primaryRealised() {
        return primaryRealised;
    }

    boolean hasPrimaryMaterial() {
        return primaryRows > 0;
    }

    BigDecimal noxRealised() {
        return noxRealised;
    }

    BigDecimal pmRealised() {
        return pmRealised;
    }

    BigDecimal sroiRealised() {
        return sroiRealised;
    }

    BigDecimal placements() {
        return placements;
    }

    boolean hasSroi() {
        return sroiRows > 0;
    }

    int rows() {
        return rows;
    }

    int withEvidence() {
        return withEvidence;
    }

    int estimated() {
        return estimated;
    }

    int measured() {
        return measured;
    }

    /** Sum that stays null while both are null. */
    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
