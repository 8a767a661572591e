package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmissionRow;

/** missing-column.xlsx: a team deleted columns; what remains is still read in place. */
class MissingColumnTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void warnsForAnOptionalColumnAndFailsForARequiredOne() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "verificatie", "verklaring")
                .remove("Criteria", "weging_pct")
                .remove("Criteria", "omschrijving")
                .toBytes();

        Submission submission = reader.read("missing-column.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.KOLOM_ONTBREEKT))
                .extracting(Finding::severity, Finding::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WAARSCHUWING, "Criteria!G2"),
                        org.assertj.core.groups.Tuple.tuple(Severity.FOUT, "Criteria!K2"));
        assertThat(Findings.of(submission, RuleCode.KOLOM_ONTBREEKT).get(1).message())
                .isEqualTo("De kolom 'Omschrijving' ontbreekt in tabblad Criteria. Voeg de kolom weer toe met de kop "
                        + "'Omschrijving' (in het sjabloon is dat kolom K).");
        assertThat(Findings.of(submission, RuleCode.KOLOM_VERPLAATST)).isEmpty();
        SubmissionRow row = submission.tab("Criteria").orElseThrow().rows().get(0);
        assertThat(row.cell("verificatie").orElseThrow().ref().cell()).isEqualTo("I3");
        assertThat(row.cell("verificatie").orElseThrow().text()).isEqualTo("verklaring");
        assertThat(submission.tab("Criteria").orElseThrow().columnCells()).doesNotContainKey("weging_pct");
    }

    @Test
    void reportsAMissingFormFieldAtItsTemplateRow() {
        byte[] xlsx = TestWorkbook.template().remove("Project", "fase").toBytes();

        Submission submission = reader.read("missing-column.xlsx", xlsx);

        Finding missing = Findings.only(submission, RuleCode.KOLOM_ONTBREEKT);
        assertThat(missing.severity()).isEqualTo(Severity.FOUT);
        assertThat(missing.location()).isEqualTo("Project!B5");
        assertThat(missing.message()).isEqualTo("Het veld 'Fase' ontbreekt in tabblad Project. Voeg de regel weer "
                + "toe met 'Fase' in kolom B en de waarde in kolom C.");
    }
}
