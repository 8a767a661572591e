package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static nl.mvimonitor.template.validate.Validation.withRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.Phase;

class RequiredFieldsTest {

    @Test
    void requiresContractFieldsFromUitvoeren() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "gunningsdatum", null)
                .form("Project", "leverancier_kvk", null));

        assertThat(result.findings())
                .extracting(Finding::rule, Finding::location, Finding::severity)
                .containsExactly(tuple("VERPLICHT", "Project!C17", FOUT), tuple("VERPLICHT", "Project!C21", FOUT));
        assertThat(result.findings().get(0).message()).isEqualTo("Project!C17: 'Gunningsdatum' is leeg. Vanaf de fase "
                + "Uitvoeren is dit veld verplicht; het project staat in de fase Uitvoeren. Vul het in.");
        assertThat(result.phase()).isEqualTo(Phase.UITVOEREN);
    }

    @Test
    void doesNotRequireContractFieldsWhileTendering() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "fase", "Aanbesteden")
                .form("Project", "gunningsdatum", null)
                .form("Project", "leverancier_kvk", null)
                .withoutRows("Realisatie")
                .withoutRows("Borging"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.phase()).isEqualTo(Phase.AANBESTEDEN);
    }

    @Test
    void requiresTenderFieldsFromAanbesteden() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid()
                .form("Project", "fase", "AANBESTEDEN")
                .form("Project", "cpv_code", null)
                .withoutRows("Realisatie")));

        assertThat(finding.rule()).isEqualTo("VERPLICHT");
        assertThat(finding.location()).isEqualTo("Project!C7");
        assertThat(finding.message()).contains("'CPV-code'", "Vanaf de fase Aanbesteden", "fase Aanbesteden");
    }

    @Test
    void requiresOnlyAlwaysRequiredFieldsWhenPhaseIsEmpty() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "fase", null)
                .form("Project", "gunningsdatum", null)
                .form("Project", "cpv_code", null)
                .withoutRows("Criteria")
                .withoutRows("Borging")
                .withoutRows("Realisatie"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("VERPLICHT", "Project!C5"));
        assertThat(result.findings().get(0).message()).contains("'Fase' is leeg. Dit veld is verplicht.");
        assertThat(result.phase()).isNull();
    }

    @Test
    void requiresOnlyAlwaysRequiredFieldsWhenPhaseIsUnknown() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "fase", "BIJNA KLAAR")
                .form("Project", "gunningsdatum", null));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("CODELIJST", "Project!C5"));
        assertThat(result.phase()).isNull();
    }

    @Test
    void requiresCellsInEveryNonBlankTableRow() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Criteria", 0, Map.of("criterium_id", "C2", "weging_pct", 20))
                .cell("Criteria", 1, "omschrijving", null)
                .cell("Criteria", 1, "thema", "   "));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("VERPLICHT", "Criteria!B4"), tuple("VERPLICHT", "Criteria!K4"));
    }

    @Test
    void skipsBlankTableRows() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .row("Criteria", Map.of("omschrijving", " ")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.rows("Criteria")).hasSize(1);
    }

    @Test
    void requiresRowsFromPhaseNamingTheTabHeader() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid().withoutRows("Realisatie")));

        assertThat(finding.rule()).isEqualTo("RIJEN_VERPLICHT");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Realisatie!A2");
        assertThat(finding.message()).contains("'Realisatie' heeft geen ingevulde rijen", "Vanaf de fase Uitvoeren");
    }

    @Test
    void requiresGoalRowsInEveryPhase() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "fase", "VOORBEREIDEN")
                .withoutRows("Doelen")
                .withoutRows("Realisatie"));

        assertThat(withRule(result, "RIJEN_VERPLICHT")).extracting(Finding::location).containsExactly("Doelen!A2");
        assertThat(withRule(result, "RIJEN_VERPLICHT").get(0).message()).contains("altijd minstens 1 rij");
    }

    @Test
    void requiresEvaluationWhenCompleted() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().form("Project", "fase", "AFGEROND"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location).containsExactly(
                tuple("VERPLICHT", "Evaluatie!C2"), tuple("VERPLICHT", "Evaluatie!C3"),
                tuple("VERPLICHT", "Evaluatie!C4"));
    }
}
