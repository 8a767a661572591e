package nl.mvimonitor.sync.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * Four hand-made projects and one quarantined file of a water board, small enough to work out every figure by hand.
 *
 * <pre>
 * P-2025-001 Zuiveringsbeheer UITVOEREN  awarded 2025, contract 1,000,000  OK
 *     criteria C1 KLI level 3 award criterion 20%, C2 SRO level 1 minimum requirement
 *     clauses B1 KPI (C1), B2 rapportage (C1), B3 SROI obligation 50,000 (C2), B4 MKI 100,000 -> 80,000 EN15804 +A1
 *     Realisatie 2025: KLI 100 t planned / 80 t realised (meting, evidence);
 *                      KLI 5,000 kg planned / 20,000 kg realised (schatting, no evidence);
 *                      CIR 10 t planned / 12 t realised primary material (leverancier, evidence)
 *     SROI 2025: arbeidsplaats 3 placements 30,000; leerwerkplek 5 placements 10,000; overig 0 placements 2,000
 * P-2025-002 Zuiveringsbeheer AANBESTEDEN not awarded (received 2025), estimate 200,000  WAARSCHUWING
 *     criteria C1 CIR level 1 award criterion 10%
 * P-2024-003 Watersysteem AFGEROND awarded 2024, contract 500,000, no criteria  FOUT (a BSN-like value was dropped)
 *     Realisatie 2024: KLI 50 t realised (default, no evidence); 2025: KLI 40 t planned / 30 t realised (leverancier, evidence)
 * P-2025-004 Watersysteem UITVOEREN awarded 2025, contract 300,000, no criteria  OK
 * kapot.xlsx  Watersysteem, quarantined, no ProjectID
 * Register: 001, 002, 004 and 005 (never received) for 2025; 003 for 2024.
 * </pre>
 */
public final class SampleMonitor {

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://voorbeeld.nl\",\"klik\")";
    public static final String BSN_LIKE = "123456782";
    public static final String BSN_MESSAGE = "Een cel lijkt een burgerservicenummer (BSN) te bevatten. Verwijder het nummer.";
    public static final String ZUIVERING = "Zuiveringsbeheer";
    public static final String WATERSYSTEEM = "Watersysteem";

    private SampleMonitor() {
    }

    public static InMemorySubmissionQueries data() {
        InMemorySubmissionQueries data = new InMemorySubmissionQueries();
        project1(data);
        project2(data);
        project3(data);
        project4(data);
        quarantined(data);
        for (String id : new String[] {"P-2025-001", "P-2025-002"}) {
            data.expect(new ExpectedProject(id, ZUIVERING, 2025));
        }
        data.expect(new ExpectedProject("P-2025-004", WATERSYSTEEM, 2025));
        data.expect(new ExpectedProject("P-2025-005", WATERSYSTEEM, 2025));
        data.expect(new ExpectedProject("P-2024-003", WATERSYSTEEM, 2024));
        return data;
    }

    static SubmissionSummary summary(long id, String projectId, String unit, Phase phase, SubmissionStatus status,
                                     String received, int errors, int warnings) {
        String name = projectId == null ? "kapot.xlsx" : projectId + ".xlsx";
        return new SubmissionSummary(id, projectId, unit, name, unit + "/" + name, "f" + id + "a1b2c3", 1, phase,
                status, Instant.parse(received), Instant.parse("2026-01-14T06:00:00Z"), 10, errors, warnings);
    }

    private static void project1(InMemorySubmissionQueries data) {
        SubmissionSummary p = data.add(summary(1, "P-2025-001", ZUIVERING, Phase.UITVOEREN, SubmissionStatus.OK,
                "2025-10-01T08:00:00Z", 0, 0));
        project(data, p, FORMULA_NAME, "UITVOEREN", "werken", "1000000", LocalDate.of(2025, 3, 1), "1000000");
        data.row(p, "Criteria", 3, "criterium_id", "C1", "thema", "KLI", "bron", "criteriatool",
                "instrument", "gunningscriterium", "ambitieniveau", "3", "weging_pct", n("20"),
                "omschrijving", "Emissieloos materieel");
        data.row(p, "Criteria", 4, "criterium_id", "C2", "thema", "SRO", "bron", "eigen",
                "instrument", "minimumeis", "ambitieniveau", "1", "omschrijving", "Social return 5%");
        data.row(p, "Borging", 3, "borging_id", "B1", "criterium_id", "C1", "type", "KPI", "bewijs_vereist", true);
        data.row(p, "Borging", 4, "borging_id", "B2", "criterium_id", "C1", "type", "rapportage", "bewijs_vereist", true);
        data.row(p, "Borging", 5, "borging_id", "B3", "criterium_id", "C2", "type", "SROI", "bewijs_vereist", true,
                "sroi_basis", "opdrachtwaarde", "sroi_pct", n("5"), "sroi_verplichting", n("50000"));
        data.row(p, "Borging", 6, "borging_id", "B4", "criterium_id", "C1", "type", "MKI", "bewijs_vereist", false,
                "mki_referentie", n("100000"), "mki_aangeboden", n("80000"), "en15804_versie", "+A1");
        realisatie(data, p, 3, "2025", "B1", "KLI", "100", "80", "t CO2-eq", "meting", true);
        realisatie(data, p, 4, "2025-Q4", "B1", "KLI", "5000", "20000", "kg CO2-eq", "schatting", false);
        realisatie(data, p, 5, "2025", "D1", "CIR", "10", "12", "t", "leverancier", true);
        sroi(data, p, 3, "arbeidsplaats", "3", "30000");
        sroi(data, p, 4, "leerwerkplek", "5", "10000");
        sroi(data, p, 5, "overig", "0", "2000");
        data.row(p, "Doelen", 3, "doel_id", "D1", "thema", "CIR", "indicator", "Vermeden primair materiaal",
                "eenheid", "t", "doelwaarde", n("10"));
    }

    private static void project2(InMemorySubmissionQueries data) {
        SubmissionSummary p = data.add(summary(2, "P-2025-002", ZUIVERING, Phase.AANBESTEDEN,
                SubmissionStatus.WAARSCHUWING, "2025-11-15T10:00:00Z", 0, 1));
        project(data, p, "Slibverwerking Noord", "AANBESTEDEN", "diensten", "200000", null, null);
        data.row(p, "Criteria", 3, "criterium_id", "C1", "thema", "CIR", "bron", "criteriatool",
                "instrument", "gunningscriterium", "ambitieniveau", "1", "weging_pct", n("10"),
                "omschrijving", "Hergebruik van slib");
        data.finding(p, new Finding(Severity.WAARSCHUWING, RuleCode.KOLOM_VERPLAATST.name(),
                new CellRef("Criteria", 2, 4), "De kolom Bron staat op een andere plaats dan in het sjabloon."));
    }

    private static void project3(InMemorySubmissionQueries data) {
        SubmissionSummary p = data.add(summary(3, "P-2024-003", WATERSYSTEEM, Phase.AFGEROND, SubmissionStatus.FOUT,
                "2025-02-01T09:00:00Z", 1, 0));
        project(data, p, "Baggeren Oostvaart", "AFGEROND", "werken", "500000", LocalDate.of(2024, 6, 15), "500000");
        realisatie(data, p, 3, "2024", "D1", "KLI", null, "50", "t CO2-eq", "default", false);
        realisatie(data, p, 4, "2025", "D1", "KLI", "40", "30", "t CO2-eq", "leverancier", true);
        // the validator dropped the BSN-like remark: the row has no 'afwijking' and the finding names only the cell
        data.finding(p, new Finding(Severity.FOUT, RuleCode.PRIVACY_BSN.name(), new CellRef("Realisatie", 4, 9),
                BSN_MESSAGE));
    }

    private static void project4(InMemorySubmissionQueries data) {
        SubmissionSummary p = data.add(summary(4, "P-2025-004", WATERSYSTEEM, Phase.UITVOEREN, SubmissionStatus.OK,
                "2025-12-01T09:30:00Z", 0, 0));
        project(data, p, "Onderhoud gemalen", "UITVOEREN", "diensten", "300000", LocalDate.of(2025, 9, 1), "300000");
    }

    private static void quarantined(InMemorySubmissionQueries data) {
        SubmissionSummary q = data.add(summary(5, null, WATERSYSTEEM, null, SubmissionStatus.QUARANTAINE,
                "2025-12-02T12:00:00Z", 1, 0));
        data.finding(q, new Finding(Severity.FOUT, RuleCode.BESTAND_BESCHADIGD.name(), null,
                RuleCode.BESTAND_BESCHADIGD.descriptionNl()));
    }

    private static void project(InMemorySubmissionQueries data, SubmissionSummary p, String name, String phase,
                                String kind, String estimate, LocalDate awarded, String contract) {
        data.row(p, "Project", 1, "project_id", p.projectId(), "projectnaam", name,
                "organisatieonderdeel", p.unit(), "fase", phase, "opdrachtsoort", kind,
                "geraamde_waarde", n(estimate), "gunningsdatum", awarded, "contractwaarde", n(contract));
    }

    private static void realisatie(InMemorySubmissionQueries data, SubmissionSummary p, int row, String period,
                                   String ref, String theme, String planned, String realised, String unit,
                                   String source, boolean evidence) {
        data.row(p, "Realisatie", row, "periode", period, "verwijzing", ref, "thema", theme,
                "indicator", "indicator " + row, "gepland", n(planned), "gerealiseerd", n(realised),
                "eenheid", unit, "bron", source, "bewijs_ontvangen", evidence);
    }

    private static void sroi(InMemorySubmissionQueries data, SubmissionSummary p, int row, String block,
                             String placements, String value) {
        data.row(p, "SROI", row, "periode", "2025", "bouwblok", block, "aantal_plaatsingen", n(placements),
                "inspanningswaarde", n(value), "via_pso", false);
    }

    static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
