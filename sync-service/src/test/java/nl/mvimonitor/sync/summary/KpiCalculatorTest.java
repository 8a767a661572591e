package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.sync.consolidation.SampleMonitor;
import nl.mvimonitor.template.schema.SchemaLoader;

/** KPI figures of {@link SampleMonitor}'s four projects, each worked out by hand in the comment beside it. */
class KpiCalculatorTest {

    private final KpiCalculator kpis =
            new KpiCalculator(new MonitorFactsReader(SchemaLoader.current()).read(SampleMonitor.data()));

    @Test
    void countsTheShareOfTendersWithMvi() {
        // 2025 tenders: 001 (criteria), 002 (criteria, not awarded, received 2025), 004 (none): 2 / 3 = 66.7%
        assertThat(value(Kpi.MVI_AANDEEL, null, null, 2025)).isCloseTo(66.667, within(0.001));
        // 2024: only 003, without criteria: 0 / 1 = 0%
        assertThat(value(Kpi.MVI_AANDEEL, null, null, 2024)).isZero();
        // theme KLI in 2025: only 001 has a KLI criterion: 1 / 3 = 33.3%
        assertThat(value(Kpi.MVI_AANDEEL, "KLI", null, 2025)).isCloseTo(33.333, within(0.001));
        // per unit 2025: Zuiveringsbeheer 001 and 002 both: 2 / 2; Watersysteem 004 none: 0 / 1
        assertThat(value(Kpi.MVI_AANDEEL, null, SampleMonitor.ZUIVERING, 2025)).isEqualTo(100.0);
        assertThat(value(Kpi.MVI_AANDEEL, null, SampleMonitor.WATERSYSTEEM, 2025)).isZero();
        assertThat(kpis.value(Kpi.MVI_AANDEEL, new Scope(null, null, 2023))).isEmpty();
    }

    @Test
    void countsAmbitionValueAndAwardWeightOfTendersWithMvi() {
        // of the 2 tenders with MVI, 001 has level 3 and 002 only level 1: 1 / 2 = 50%
        assertThat(value(Kpi.AMBITIEUS_AANDEEL, null, null, 2025)).isEqualTo(50.0);
        // value with MVI 1,000,000 (001) + 200,000 (002, estimate) of 1,500,000 (plus 004's 300,000) = 80%
        assertThat(value(Kpi.MVI_WAARDE_AANDEEL, null, null, 2025)).isEqualTo(80.0);
        // award weight on MVI: 001 20%, 002 10%, 004 0% -> (20 + 10 + 0) / 3 = 10%
        assertThat(value(Kpi.MVI_WEGING, null, null, 2025)).isEqualTo(10.0);
        // only CIR: 002's 10% over 3 tenders = 3.33%
        assertThat(value(Kpi.MVI_WEGING, "CIR", null, 2025)).isCloseTo(3.333, within(0.001));
    }

    @Test
    void countsContractsWithBothAKpiAndAReportingDuty() {
        // contracted with MVI in 2025: only 001 (002 is still tendering); it has KPI B1 and rapportage B2: 1 / 1
        assertThat(value(Kpi.BORGING_AANDEEL, null, null, 2025)).isEqualTo(100.0);
        // for SRO only clause B3 (SROI) refers to SRO criterion C2: no KPI, no reporting duty: 0 / 1
        assertThat(value(Kpi.BORGING_AANDEEL, "SRO", null, 2025)).isZero();
        // 2024: 003 has no MVI, so no contracts with MVI to count
        assertThat(kpis.value(Kpi.BORGING_AANDEEL, new Scope(null, null, 2024))).isEmpty();
    }

    @Test
    void normalisesCo2ToTonnesAndKeepsPlannedApartFromRealised() {
        // realised 2025: 80 t + 20,000 kg (= 20 t) + 30 t = 130 t; planned 100 + 5 + 40 = 145 t (only in the basis text)
        assertThat(value(Kpi.CO2_GEREALISEERD, null, null, 2025)).isEqualTo(130.0);
        assertThat(kpis.value(Kpi.CO2_GEREALISEERD, Scope.all(2025)).orElseThrow().basisNl()).contains("145");
        assertThat(value(Kpi.CO2_GEREALISEERD, null, null, 2024)).isEqualTo(50.0);
        assertThat(value(Kpi.CO2_GEREALISEERD, "KLI", null, 2025)).isEqualTo(130.0);
        // primary material: the one CIR row in t: 12 t realised
        assertThat(value(Kpi.PRIMAIR_MATERIAAL_VERMEDEN, null, null, 2025)).isEqualTo(12.0);
        assertThat(kpis.value(Kpi.PRIMAIR_MATERIAAL_VERMEDEN, new Scope("KLI", null, 2025))).isEmpty();
    }

    @Test
    void comparesSroiRealisedToDateWithTheObligation() {
        // realised 30,000 + 10,000 + 2,000 = 42,000 of the 50,000 obligation (001, awarded 2025) = 84%
        assertThat(value(Kpi.SROI_REALISATIE, null, null, 2025)).isEqualTo(84.0);
        assertThat(value(Kpi.SROI_REALISATIE, "SRO", null, 2025)).isEqualTo(84.0);
        assertThat(kpis.value(Kpi.SROI_REALISATIE, new Scope("KLI", null, 2025))).isEmpty();
        // placements 3 + 5 + 0 = 8
        assertThat(value(Kpi.SROI_PLAATSINGEN, null, null, 2025)).isEqualTo(8.0);
    }

    @Test
    void computesResponseAndEvidenceAndEstimateShares() {
        // register 2025: 001, 002, 004, 005 expected; 005 missing: 3 / 4 = 75%; 2024: 003 received: 1 / 1
        assertThat(value(Kpi.RESPONS, null, null, 2025)).isEqualTo(75.0);
        assertThat(value(Kpi.RESPONS, null, null, 2024)).isEqualTo(100.0);
        assertThat(value(Kpi.RESPONS, null, SampleMonitor.WATERSYSTEEM, 2025)).isEqualTo(50.0);
        assertThat(kpis.value(Kpi.RESPONS, new Scope("KLI", null, 2025))).isEmpty();
        // Realisatie rows 2025: 4, with evidence 3 (meting, leverancier, leverancier): 75%; estimated 1 (schatting): 25%
        assertThat(value(Kpi.BEWIJS_AANDEEL, null, null, 2025)).isEqualTo(75.0);
        assertThat(value(Kpi.SCHATTING_AANDEEL, null, null, 2025)).isEqualTo(25.0);
        // 2024: 1 row, default and no evidence: 0% with evidence, 100% estimated
        assertThat(value(Kpi.SCHATTING_AANDEEL, null, null, 2024)).isEqualTo(100.0);
    }

    @Test
    void reportsTheLatestYearWithDataUpToTheCurrentYear() {
        assertThat(kpis.reportingYear(Kpi.MVI_AANDEEL, Scope.all(0), 2026)).hasValue(2025);
        assertThat(kpis.reportingYear(Kpi.MVI_AANDEEL, Scope.all(0), 2024)).hasValue(2024);
        assertThat(kpis.reportingYear(Kpi.SROI_REALISATIE, Scope.all(0), 2024)).isEmpty();
    }

    private double value(Kpi kpi, String theme, String unit, int year) {
        Optional<KpiValue> value = kpis.value(kpi, new Scope(theme, unit, year));
        assertThat(value).as(kpi + " " + theme + " " + unit + " " + year).isPresent();
        return value.map(KpiValue::value).map(BigDecimal::doubleValue).orElseThrow();
    }
}
