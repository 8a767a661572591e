package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.mvimonitor.template.finding.Finding;

class CodeCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "Ja", "JA", " ja "})
    void readsYesAsTrue(String text) {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "boven_eu_drempel", text));

        assertThat(result.findings()).isEmpty();
        assertThat(result.single("Project").orElseThrow().bool("boven_eu_drempel")).isTrue();
    }

    @Test
    void readsNoAndExcelBooleansAsBoolean() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "boven_eu_drempel", "Nee")
                .form("Project", "marktconsultatie", Boolean.FALSE));

        assertThat(result.findings()).isEmpty();
        assertThat(result.single("Project").orElseThrow().values())
                .containsEntry("boven_eu_drempel", false).containsEntry("marktconsultatie", false);
    }

    @Test
    void refusesOtherTextInYesNoColumn() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "boven_eu_drempel", "misschien"));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("CODELIJST");
        assertThat(finding.location()).isEqualTo("Project!C10");
        assertThat(finding.message()).contains("Kies een van: ja, nee.").doesNotContain("misschien");
        assertThat(result.single("Project").orElseThrow().values()).doesNotContainKey("boven_eu_drempel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KLI", "kli", "Klimaat (mitigatie)", "KLI - Klimaat (mitigatie)"})
    void readsCodeLabelOrDropdownTextAsCanonicalCode(String text) {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Criteria", 0, "thema", text));

        assertThat(result.findings()).isEmpty();
        assertThat(result.rows("Criteria").get(0).text("thema")).isEqualTo("KLI");
    }

    @Test
    void matchesNumbersToNumericCodes() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .cell("Criteria", 0, "ambitieniveau", 3)
                .cell("Borging", 0, "type", "CO2-ladder")
                .cell("Borging", 0, "ladder_versie", 4)
                .cell("Borging", 0, "ladder_niveau", 2));

        assertThat(result.findings()).isEmpty();
        assertThat(result.rows("Criteria").get(0).text("ambitieniveau")).isEqualTo("3");
        assertThat(result.rows("Borging").get(0).text("ladder_versie")).isEqualTo("4.0");
    }

    @Test
    void refusesUnknownCodeListingTheAllowedCodes() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Criteria", 0, "thema", "Klimaat"));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("CODELIJST");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Criteria!B3");
        assertThat(finding.message()).isEqualTo("Criteria!B3: 'Thema' bevat een waarde die niet in de keuzelijst "
                + "'Thema' staat. Kies een van: KLI, KLA, CIR, MIL, BIO, ISV, SRO, DI, INN. Gebruik bij voorkeur de "
                + "keuzelijst in de cel.");
        assertThat(result.rows("Criteria").get(0).values()).doesNotContainKey("thema");
    }

    @Test
    void shortensLongCodeListsInMessages() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid().cell("Criteria", 0, "eforms_detail", "groen")));

        assertThat(finding.message()).contains("Kies een van: clim-mitig, clim-adapt,", "et-eq, acc-all, ... en nog 5 "
                + "andere. Gebruik").doesNotContain("mar-nov");
    }
}
