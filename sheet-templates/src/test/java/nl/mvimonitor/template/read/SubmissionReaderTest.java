package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    private static byte[] filledSheet() {
        return TestWorkbook.template()
                .row("Project", "project_id", "P-2025-001", "projectnaam", "Nieuwbouw gemaal", "fase", "UITVOEREN",
                        "geraamde_waarde", 1_250_000.5, "gunningsdatum", LocalDate.of(2025, 3, 14))
                .row("Criteria", "criterium_id", "C1", "thema", "KLI - Klimaat (mitigatie)", "weging_pct", 30)
                .row("Criteria", "criterium_id", "C2", "omschrijving", "=SOM(A1:A2)")
                .toBytes();
    }

    @Test
    void readsAnUntouchedTemplateWithoutFindings() {
        Submission submission = reader.read("schoon.xlsx", filledSheet());

        assertThat(submission.quarantined()).isFalse();
        assertThat(submission.findings()).isEmpty();
        assertThat(submission.tabs()).containsOnlyKeys("Project", "Doelen", "Criteria", "Borging", "Realisatie",
                "SROI", "Evaluatie");
    }

    @Test
    void bindsTableValuesToColumnKeysWithTheirCells() {
        SubmittedTab criteria = reader.read("schoon.xlsx", filledSheet()).tab("Criteria").orElseThrow();

        assertThat(criteria.rows()).extracting(SubmissionRow::rowNumber).containsExactly(3, 4);
        SubmissionRow first = criteria.rows().get(0);
        assertThat(first.cell("criterium_id")).get().extracting(c -> c.ref().a1()).isEqualTo("Criteria!A3");
        RawCell weight = first.cell("weging_pct").orElseThrow();
        assertThat(weight.ref().a1()).isEqualTo("Criteria!G3");
        assertThat(weight.kind()).isEqualTo(RawCell.Kind.NUMBER);
        assertThat(weight.number()).isEqualTo(30.0);
        assertThat(weight.text()).isEqualTo("30");
        assertThat(first.cells()).doesNotContainKey("bron");
        assertThat(criteria.rows().get(1).cell("omschrijving")).get()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(RawCell.Kind.TEXT))
                .satisfies(c -> assertThat(c.text()).isEqualTo("=SOM(A1:A2)"));
        assertThat(criteria.columnCells().get("weging_pct").a1()).isEqualTo("Criteria!G2");
    }

    @Test
    void bindsFormValuesToFieldKeysInColumnC() {
        SubmittedTab project = reader.read("schoon.xlsx", filledSheet()).tab("Project").orElseThrow();

        SubmissionRow record = project.single();
        assertThat(record.rowNumber()).isEqualTo(2);
        assertThat(record.cell("project_id").orElseThrow().ref().a1()).isEqualTo("Project!C2");
        assertThat(record.cell("project_id").orElseThrow().text()).isEqualTo("P-2025-001");
        RawCell value = record.cell("geraamde_waarde").orElseThrow();
        assertThat(value.ref().a1()).isEqualTo("Project!C9");
        assertThat(value.number()).isEqualTo(1_250_000.5);
        RawCell awarded = record.cell("gunningsdatum").orElseThrow();
        assertThat(awarded.ref().a1()).isEqualTo("Project!C17");
        assertThat(awarded.dateFormat()).isTrue();
        assertThat(awarded.number()).isEqualTo(DateUtil.getExcelDate(LocalDate.of(2025, 3, 14)));
        assertThat(project.columnCells().get("fase").a1()).isEqualTo("Project!B5");
    }

    @Test
    void readsMetadataFromTheMetaSheet() {
        Submission submission = reader.read("schoon.xlsx", filledSheet());

        assertThat(submission.metadata().templateId()).isEqualTo("mvi-project");
        assertThat(submission.metadata().templateVersion()).isEqualTo(1);
        assertThat(submission.metadata().organisation()).isEqualTo("Waterschap De Vliet");
        assertThat(submission.metadata().projectId()).isEqualTo("P-2025-001");
    }

    @Test
    void fallsBackToCustomPropertiesWhenTheMetaSheetLacksAValue() {
        byte[] xlsx = TestWorkbook.template().meta("project_id", null).meta("organisation", "Gemeente Oost")
                .property("MVI.ProjectId", "P-7").property("MVI.Organisation", "Gemeente West").toBytes();

        Submission submission = reader.read("meta.xlsx", xlsx);

        assertThat(submission.metadata().projectId()).isEqualTo("P-7");
        assertThat(submission.metadata().organisation()).isEqualTo("Gemeente Oost");
    }

    @Test
    void readsFromAStreamLikeFromBytes() throws IOException {
        Submission submission = reader.read("stroom.xlsx", new ByteArrayInputStream(filledSheet()));

        assertThat(submission.quarantined()).isFalse();
        assertThat(submission.tab("Criteria").orElseThrow().rows()).hasSize(2);
    }

    @Test
    void skipsBlankRowsBetweenData() {
        byte[] xlsx = TestWorkbook.template()
                .row("Doelen", "doel_id", "D1")
                .row("Doelen", "indicator", "   ")
                .row("Doelen", "doel_id", "D2")
                .toBytes();

        SubmittedTab goals = reader.read("leeg.xlsx", xlsx).tab("Doelen").orElseThrow();

        assertThat(goals.rows()).extracting(SubmissionRow::rowNumber).containsExactly(3, 5);
    }
}
