package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;

class PrivacyFindingsTest {

    private static void assertNowhere(ValidatedSubmission result, String secret) {
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain(secret));
        assertThat(result.rows().values()).allSatisfy(rows -> assertThat(rows).allSatisfy(
                row -> assertThat(row.values().values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(secret))));
    }

    @Test
    void flagsBsnInFreeText() {
        String remark = "Kandidaat met BSN 123456782 geplaatst.";
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "opmerkingen", remark));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PRIVACY_BSN");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Project!C22");
        assertThat(finding.message()).isEqualTo("Project!C22: 'Opmerkingen' lijkt een burgerservicenummer (BSN) te "
                + "bevatten. Verwijder dit persoonsgegeven uit het blad. De waarde is niet overgenomen.");
        assertThat(result.single("Project").orElseThrow().values()).doesNotContainKey("opmerkingen");
        assertNowhere(result, "123456782");
        assertThat(result.status()).isEqualTo(SubmissionStatus.FOUT);
    }

    @Test
    void flagsBsnTypedAsNumberInValueColumn() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().row("SROI", Map.of("periode", "2025",
                "bouwblok", "arbeidsplaats", "aantal_plaatsingen", 12345672, "inspanningswaarde", 35000)));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("PRIVACY_BSN");
        assertThat(finding.location()).isEqualTo("SROI!C3");
        assertThat(result.rows("SROI").get(0).values()).doesNotContainKey("aantal_plaatsingen");
        assertNowhere(result, "12345672");
    }

    @Test
    void flagsEmailAndPhoneInDeviationText() {
        String text = "Contact: p.devries@bouwbedrijf.nl of 06-98765432";
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Realisatie", 0, "afwijking", text));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location, Finding::severity).containsExactly(
                tuple("PRIVACY_EMAIL", "Realisatie!J3", FOUT), tuple("PRIVACY_TELEFOON", "Realisatie!J3", FOUT));
        assertThat(result.findings().get(1).message()).contains("noem hooguit een functie of afdeling");
        assertNowhere(result, "p.devries");
        assertNowhere(result, "98765432");
    }

    @Test
    void flagsEmailTypedIntoCodeColumn() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Realisatie", 0, "bron", "jan@leverancier.nl"));

        assertThat(onlyFinding(result).rule()).isEqualTo("PRIVACY_EMAIL");
        assertThat(onlyFinding(result).location()).isEqualTo("Realisatie!H3");
        assertNowhere(result, "jan@");
    }

    @Test
    void acceptsCpvCodeThatPassesElfproefAsDigits() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "cpv_code", "45233140-7")
                .form("Project", "opmerkingen", "Hoofdopdracht valt onder CPV 45233140-7."));

        assertThat(result.findings()).isEmpty();
        assertThat(result.single("Project").orElseThrow().text("cpv_code")).isEqualTo("45233140-7");
    }

    @Test
    void neverSearchesOrganisationNumberColumnsForBsn() {
        // 9 digits passing the elfproef in the KvK column: an RSIN, wrong there, but not personal data
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "leverancier_kvk", "123456782"));

        assertThat(onlyFinding(result).rule()).isEqualTo("PATROON");
        assertThat(result.single("Project").orElseThrow().values()).doesNotContainKey("leverancier_kvk");
        assertNowhere(result, "123456782");
    }

    @Test
    void keepsAmountsDatesAndPeriodsInFreeText() {
        String text = "Op 12-03-2024 is € 123.456.782 verrekend over 2025-Q2; KvK 12345672.";
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "opmerkingen", text));

        assertThat(result.findings()).isEmpty();
        assertThat(result.single("Project").orElseThrow().text("opmerkingen")).isEqualTo(text);
    }

    @Test
    void reportsPersonalDataInsteadOfTypeErrors() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "gunningsdatum", "06-98765432"));

        assertThat(onlyFinding(result).rule()).isEqualTo("PRIVACY_TELEFOON");
        assertNowhere(result, "98765432");
    }
}
