package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;

/** missing-key-row.xlsx: the hidden key row (or key column) was deleted; columns bind by label. */
class MissingKeyRowTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void fallsBackToLabelsWhenTheKeyRowIsDeleted() {
        byte[] xlsx = TestWorkbook.template()
                .row("Criteria", "criterium_id", "C1", "weging_pct", 15)
                .row("Criteria", "criterium_id", "C2")
                .withoutKeys("Criteria")
                .toBytes();

        Submission submission = reader.read("missing-key-row.xlsx", xlsx);

        assertThat(submission.findings()).isEmpty();
        SubmittedTab criteria = submission.tab("Criteria").orElseThrow();
        assertThat(criteria.columnCells().get("weging_pct").a1()).isEqualTo("Criteria!G1");
        assertThat(criteria.rows()).hasSize(2);
        RawCell weight = criteria.rows().get(0).cell("weging_pct").orElseThrow();
        assertThat(weight.ref().a1()).isEqualTo("Criteria!G2");
        assertThat(weight.number()).isEqualTo(15.0);
        assertThat(criteria.rows().get(1).cell("criterium_id").orElseThrow().ref().a1()).isEqualTo("Criteria!A3");
    }

    @Test
    void pointsAMissingColumnAtTheRowTheLabelsMovedTo() {
        byte[] xlsx = TestWorkbook.template().withoutKeys("Criteria").remove("Criteria", "weging_pct").toBytes();

        Submission submission = reader.read("missing-key-row.xlsx", xlsx);

        assertThat(submission.findings()).extracting(f -> f.location()).containsExactly("Criteria!G1");
    }

    @Test
    void fallsBackToLabelsWhenTheKeyRowIsCleared() {
        byte[] xlsx = TestWorkbook.template().row("Doelen", "doel_id", "D1").clearKeys("Doelen").toBytes();

        Submission submission = reader.read("missing-key-row.xlsx", xlsx);

        assertThat(submission.findings()).isEmpty();
        assertThat(submission.tab("Doelen").orElseThrow().rows().get(0).cells().values())
                .extracting(c -> c.ref().a1()).containsExactly("Doelen!A3");
    }

    @Test
    void readsValuesFromColumnBWhenTheFormKeyColumnIsDeleted() {
        byte[] xlsx = TestWorkbook.template().row("Project", "projectnaam", "Nieuwbouw gemaal")
                .withoutKeys("Project").toBytes();

        Submission submission = reader.read("missing-key-row.xlsx", xlsx);

        assertThat(submission.findings()).isEmpty();
        RawCell name = submission.tab("Project").orElseThrow().single().cell("projectnaam").orElseThrow();
        assertThat(name.ref().a1()).isEqualTo("Project!B3");
        assertThat(name.text()).isEqualTo("Nieuwbouw gemaal");
    }
}
