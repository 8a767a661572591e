package nl.mvimonitor.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.validate.SubmissionStatus;

/** Which of several current submissions with one ProjectID counts for the project, and what the others say. */
class ProjectDuplicatesTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T08:00:00Z");

    @Test
    void aCopyNextToTheOriginalCountsOnlyWhenItWasModifiedLast() {
        SubmissionSummary original = summary(1, "P-2024-022", "Beheer/P-2024-022.xlsx", SubmissionStatus.OK, TUESDAY);
        SubmissionSummary copy = summary(2, "P-2024-022", "Beheer/P-2024-022 - kopie.xlsx", SubmissionStatus.OK,
                MONDAY);

        List<SubmissionSummary> marked = ProjectDuplicates.marked(List.of(original, copy));

        assertThat(marked.get(0).counts()).isTrue();
        assertThat(marked.get(1).counts()).isFalse();
        assertThat(marked.get(1).duplicateOf().countedPath()).isEqualTo("Beheer/P-2024-022.xlsx");
        Finding finding = marked.get(1).duplicateOf().finding();
        assertThat(finding.rule()).isEqualTo(RuleCode.DUBBEL_PROJECT.name());
        assertThat(finding.severity()).isEqualTo(Severity.WAARSCHUWING);
        assertThat(finding.cell()).isNull();
        assertThat(finding.message()).isEqualTo("Het project met deze ProjectID is ook aangeleverd in"
                + " 'Beheer/P-2024-022.xlsx'; alleen dat bestand telt mee. Verwijder dit bestand of geef het de"
                + " juiste ProjectID.");

        List<SubmissionSummary> touched = ProjectDuplicates.marked(List.of(original, copy.withModifiedAt(
                TUESDAY.plusSeconds(1))));
        assertThat(touched).extracting(SubmissionSummary::counts).containsExactly(false, true);
    }

    @Test
    void theSameSheetInTwoUnitFoldersIsOneProject() {
        SubmissionSummary north = summary(1, "P-7", "Noord/P-7.xlsx", SubmissionStatus.OK, MONDAY);
        SubmissionSummary south = summary(2, "P-7", "Zuid/P-7.xlsx", SubmissionStatus.OK, MONDAY);

        List<SubmissionSummary> marked = ProjectDuplicates.marked(List.of(north, south));

        // same modification and receipt: the first path counts, so every run chooses the same
        assertThat(marked).extracting(SubmissionSummary::counts).containsExactly(true, false);
        assertThat(ProjectDuplicates.marked(List.of(south, north))).extracting(SubmissionSummary::sourcePath,
                SubmissionSummary::counts).containsExactly(
                        tuple("Zuid/P-7.xlsx", false),
                        tuple("Noord/P-7.xlsx", true));
    }

    @Test
    void aValidFileCountsOverANewerOneWithErrorsOrInQuarantine() {
        SubmissionSummary valid = summary(1, "P-1", "Zuid/P-1.xlsx", SubmissionStatus.WAARSCHUWING, MONDAY);
        SubmissionSummary errors = summary(2, "P-1", "Zuid/P-1 nieuw.xlsx", SubmissionStatus.FOUT, TUESDAY);
        SubmissionSummary broken = summary(3, "P-1", "Zuid/P-1 kapot.xlsx", SubmissionStatus.QUARANTAINE,
                TUESDAY.plusSeconds(60));

        assertThat(ProjectDuplicates.marked(List.of(valid, errors, broken))).extracting(SubmissionSummary::counts)
                .containsExactly(true, false, false);
        // without a valid one, errors still beat quarantine: its data is there
        assertThat(ProjectDuplicates.marked(List.of(errors, broken))).extracting(SubmissionSummary::counts)
                .containsExactly(true, false);
    }

    @Test
    void aCopyThatKeptTheModificationTimeOfItsOriginalDoesNotTakeOver() {
        SubmissionSummary copy = new SubmissionSummary(1, "P-1", "Zuid", "P-1 - kopie.xlsx", "A/P-1 - kopie.xlsx",
                "f1", 1, null, SubmissionStatus.OK, TUESDAY, TUESDAY, 5, 0, 0).withModifiedAt(MONDAY);
        SubmissionSummary original = summary(2, "P-1", "B/P-1.xlsx", SubmissionStatus.OK, MONDAY);

        assertThat(ProjectDuplicates.marked(List.of(copy, original))).extracting(SubmissionSummary::counts)
                .containsExactly(false, true);
        // an unknown modification time loses to a known one
        assertThat(ProjectDuplicates.marked(List.of(copy, original.withModifiedAt(null))))
                .extracting(SubmissionSummary::counts).containsExactly(true, false);
    }

    @Test
    void threeCopiesLeaveOneThatCountsAndTwoThatNameEveryOther() {
        SubmissionSummary counted = summary(1, "P-3", "Zuid/P-3.xlsx", SubmissionStatus.OK, TUESDAY);
        SubmissionSummary copy1 = summary(2, "P-3", "Zuid/P-3 - kopie.xlsx", SubmissionStatus.OK, MONDAY);
        SubmissionSummary copy2 = summary(3, "P-3", "Noord/P-3.xlsx", SubmissionStatus.OK, MONDAY);

        List<SubmissionSummary> marked = ProjectDuplicates.marked(List.of(copy1, counted, copy2));

        assertThat(marked).extracting(SubmissionSummary::counts).containsExactly(false, true, false);
        assertThat(marked.get(0).duplicateOf().finding().message()).isEqualTo("Het project met deze ProjectID is ook"
                + " aangeleverd in 'Zuid/P-3.xlsx' en 'Noord/P-3.xlsx'; alleen 'Zuid/P-3.xlsx' telt mee. Verwijder"
                + " dit bestand of geef het de juiste ProjectID.");
        assertThat(marked.get(2).duplicateOf().otherPaths()).containsExactly("Zuid/P-3.xlsx",
                "Zuid/P-3 - kopie.xlsx");
    }

    @Test
    void manyCopiesAreSummedUpInTheMessage() {
        List<SubmissionSummary> copies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            copies.add(summary(i + 1, "P-9", "Map/P-9 (" + i + ").xlsx", SubmissionStatus.OK, MONDAY));
        }
        String message = ProjectDuplicates.marked(copies).get(7).duplicateOf().finding().message();
        assertThat(message).contains("'Map/P-9 (0).xlsx'", "'Map/P-9 (4).xlsx'", "en nog 2 andere")
                .doesNotContain("(5)");
    }

    @Test
    void projectIdsThatDifferOnlyInCaseOrSpacesAreOneProject() {
        SubmissionSummary upper = summary(1, "P-2024-022", "A.xlsx", SubmissionStatus.OK, TUESDAY);
        SubmissionSummary lower = summary(2, " p-2024-022 ", "B.xlsx", SubmissionStatus.OK, MONDAY);

        assertThat(ProjectDuplicates.marked(List.of(upper, lower))).extracting(SubmissionSummary::counts)
                .containsExactly(true, false);
    }

    @Test
    void filesWithoutProjectIdOrWithOtherIdsAreNeverDuplicates() {
        SubmissionSummary none1 = summary(1, null, "kapot1.xlsx", SubmissionStatus.QUARANTAINE, MONDAY);
        SubmissionSummary none2 = summary(2, null, "kapot2.xlsx", SubmissionStatus.QUARANTAINE, MONDAY);
        SubmissionSummary other = summary(3, "P-2", "P-2.xlsx", SubmissionStatus.OK, MONDAY);

        assertThat(ProjectDuplicates.marked(List.of(none1, none2, other))).allMatch(SubmissionSummary::counts);
    }

    @Test
    void theRoleIsPartOfTheContentKeyAndAStaleMarkIsReplaced() {
        SubmissionSummary original = summary(1, "P-1", "Zuid/P-1.xlsx", SubmissionStatus.OK, TUESDAY);
        SubmissionSummary copy = summary(2, "P-1", "Zuid/P-1 - kopie.xlsx", SubmissionStatus.OK, MONDAY);

        SubmissionSummary duplicate = ProjectDuplicates.marked(List.of(original, copy)).get(1);
        assertThat(duplicate.contentKey()).isNotEqualTo(copy.contentKey());
        assertThat(copy.withModifiedAt(TUESDAY).contentKey()).as("the modification time is not shown")
                .isEqualTo(copy.contentKey());

        SubmissionSummary alone = ProjectDuplicates.marked(List.of(duplicate)).get(0);
        assertThat(alone.counts()).isTrue();
        assertThat(alone.contentKey()).isEqualTo(copy.contentKey());
    }

    @Test
    void theSignatureOfTheOutputsChangesWhenAnotherFileBecomesTheOneThatCounts() {
        SubmissionSummary original = summary(1, "P-1", "Zuid/P-1.xlsx", SubmissionStatus.OK, TUESDAY);
        SubmissionSummary copy = summary(2, "P-1", "Zuid/P-1 - kopie.xlsx", SubmissionStatus.OK, MONDAY);
        String before = Submissions.signatureOf(ProjectDuplicates.marked(List.of(original, copy)));

        String after = Submissions.signatureOf(ProjectDuplicates.marked(List.of(original,
                copy.withModifiedAt(TUESDAY.plusSeconds(1)))));

        assertThat(after).isNotEqualTo(before);
        assertThat(Submissions.signatureOf(List.of(original, copy))).as("as earlier versions, when every file counts")
                .isEqualTo(Sha256.hex("1:f1\n2:f2\n"));
    }

    private static SubmissionSummary summary(long id, String projectId, String path, SubmissionStatus status,
                                             Instant modified) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new SubmissionSummary(id, projectId, "Zuid", name, path, "f" + id, 1, null, status, MONDAY, MONDAY, 5,
                0, 0).withModifiedAt(modified);
    }
}
