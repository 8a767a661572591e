package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.finding.Severity.FOUT;
import static nl.mvimonitor.template.validate.Validation.onlyFinding;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.CrossRule;
import nl.mvimonitor.template.schema.TemplateSchema;

class CrossRulesTest {

    private static final Map<String, Object> SROI_ROW = Map.of("periode", "2025", "bouwblok", "arbeidsplaats",
            "aantal_plaatsingen", 3, "inspanningswaarde", 35000);

    @Test
    void flagsEndDateBeforeStartDate() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid()
                .form("Project", "looptijd_eind", LocalDate.of(2024, 3, 31))));

        assertThat(finding.rule()).isEqualTo("LOOPTIJD_VOLGORDE");
        assertThat(finding.severity()).isEqualTo(FOUT);
        assertThat(finding.location()).isEqualTo("Project!C20");
        assertThat(finding.message()).isEqualTo("Project!C20: 'Looptijd eind' ligt voor 'Looptijd start'. Vul een "
                + "einddatum in die op of na de startdatum ligt.");
    }

    @Test
    void requiresWeightForAwardCriterion() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid().cell("Criteria", 0, "weging_pct", null)));

        assertThat(finding.rule()).isEqualTo("WEGING_ONTBREEKT");
        assertThat(finding.location()).isEqualTo("Criteria!G3");
        assertThat(finding.message()).isEqualTo("Criteria!G3: 'Weging %' is leeg. Dit criterium is een "
                + "gunningscriterium: vul 'Weging %' in (0 tot 100).");
    }

    @Test
    void doesNotRequireWeightForMinimumRequirement() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .cell("Criteria", 0, "instrument", "minimumeis")
                .cell("Criteria", 0, "weging_pct", null));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void requiresMarketConsultationDateOnForm() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid().form("Project", "marktconsultatie", "Ja")));

        assertThat(finding.rule()).isEqualTo("MARKTCONSULTATIE_DATUM");
        assertThat(finding.location()).isEqualTo("Project!C14");
    }

    @Test
    void flagsClauseReferringToUnknownCriterion() {
        Finding finding = onlyFinding(validate(SubmissionBuilder.valid().cell("Borging", 0, "criterium_id", "C9")));

        assertThat(finding.rule()).isEqualTo("BORGING_VERWIJZING");
        assertThat(finding.location()).isEqualTo("Borging!B3");
        assertThat(finding.message()).doesNotContain("C9");
    }

    @Test
    void acceptsResultReferringToGoalOrClause() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Realisatie", 0, Map.of("verwijzing", "d1", "periode", "2024")));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void flagsResultReferringToNothing() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Realisatie", 0, "verwijzing", "X1"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("REALISATIE_VERWIJZING", "Realisatie!B3"));
    }

    @Test
    void flagsWeightsAddingUpToMoreThanHundredAtTheColumnHeader() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Criteria", 0, Map.of("criterium_id", "C2", "weging_pct", 50))
                .copyRow("Criteria", 0, Map.of("criterium_id", "C3", "weging_pct", 25.5)));
        Finding finding = onlyFinding(result);

        assertThat(finding.rule()).isEqualTo("WEGING_TOTAAL");
        assertThat(finding.location()).isEqualTo("Criteria!G2");
        assertThat(finding.message()).endsWith("meer dan 100%. Controleer de percentages. Het totaal is nu 105,5.");
    }

    @Test
    void flagsLadderLevelAboveThreeForVersionFour() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .cell("Borging", 0, "type", "CO2-ladder")
                .cell("Borging", 0, "ladder_versie", "4.0")
                .cell("Borging", 0, "ladder_niveau", 5));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("LADDER_NIVEAU_40", "Borging!J3"));
    }

    @Test
    void requiresLadderFieldsForLadderClause() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().cell("Borging", 0, "type", "CO2-ladder"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location).containsExactly(
                tuple("LADDER_VERSIE", "Borging!I3"), tuple("LADDER_NIVEAU", "Borging!J3"));
    }

    @Test
    void flagsEachExtraSroiRowForTheSamePeriodAndBuildingBlock() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .row("SROI", SROI_ROW)
                .row("SROI", Map.of("periode", "2025", "bouwblok", "leerwerkplek", "aantal_plaatsingen", 2,
                        "inspanningswaarde", 8000))
                .row("SROI", SROI_ROW)
                .row("SROI", SROI_ROW));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location, Finding::severity).containsExactly(
                tuple("SROI_AGGREGAAT", "SROI!A5", FOUT), tuple("SROI_AGGREGAAT", "SROI!A6", FOUT));
        assertThat(result.findings().get(1).message()).endsWith("Dezelfde waarde staat al in rij 3.");
    }

    @Test
    void flagsRepeatedCriterionId() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .copyRow("Criteria", 0, Map.of("weging_pct", 10)));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location)
                .containsExactly(tuple("CRITERIUM_UNIEK", "Criteria!A4"));
    }

    @Test
    void skipsRulesOnTabsTheSubmissionLacks() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid().withoutTab("Criteria"));

        assertThat(result.findings()).isEmpty();
    }

    @Test
    void refusesSchemaWhoseRuleNamesUnknownColumn() {
        TemplateSchema schema = SubmissionBuilder.SCHEMA;
        List<CrossRule> rules = new ArrayList<>(schema.rules());
        rules.add(new CrossRule("KAPOT", "uniqueKey", null, "Criteria", "bestaat_niet", null, null, null, null, null,
                null, null, null, "{label}"));
        TemplateSchema broken = new TemplateSchema(schema.templateId(), schema.version(), schema.titleNl(),
                schema.tabs(), schema.codeLists(), rules);

        assertThatThrownBy(() -> new SubmissionValidator(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAPOT").hasMessageContaining("Criteria.bestaat_niet");
    }
}
