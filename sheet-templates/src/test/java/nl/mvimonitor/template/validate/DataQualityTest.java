package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.WAARSCHUWING;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;

class DataQualityTest {

    @Test
    void warnsAboutOneIndicatorInDifferentUnits() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Realisatie", 0, Map.of("periode", "2026", "eenheid", "kg CO2-eq", "gerealiseerd", 170000)));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("EENHEID_GEMENGD");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Realisatie!G4");
        assertThat(finding.message()).isEqualTo("Realisatie!G4: 'Eenheid' is hier kg CO2-eq, maar rij 3 rapporteert "
                + "dezelfde verwijzing en indicator in t CO2-eq. Rapporteer een indicator steeds in dezelfde eenheid "
                + "en reken zo nodig om (bijvoorbeeld kg naar t).");
        assertThat(result.rows("Realisatie")).hasSize(2);
    }

    @Test
    void acceptsDifferentUnitsForDifferentIndicators() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Realisatie", 0, Map.of("indicator", "Energieverbruik", "eenheid", "kWh")));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void warnsAboutResultsBeforeExecution() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "fase", "AANBESTEDEN"));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("REALISATIE_TE_VROEG");
        assertThat(finding.severity()).isEqualTo(WAARSCHUWING);
        assertThat(finding.location()).isEqualTo("Realisatie!A3");
        assertThat(finding.message()).contains("1 rij", "fase Aanbesteden", "fase Uitvoeren");
    }
}
