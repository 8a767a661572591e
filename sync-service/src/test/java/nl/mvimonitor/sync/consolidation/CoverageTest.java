package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.validate.SubmissionStatus;

class CoverageTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    /** Two quarantined files whose names were both neutralised show the same path, yet are two files. */
    @Test
    void filesWithoutProjectIdThatShowTheSamePathAreCountedApart() {
        String shown = "(bestandsnaam bevat mogelijk persoonsgegevens)";
        List<SubmissionSummary> files = List.of(quarantined(1, shown), quarantined(2, shown));

        Coverage coverage = Coverage.of(files, List.of());

        assertThat(coverage.total().received()).isEqualTo(2);
    }

    @Test
    void aProjectIdInAnotherCaseIsOneProject() {
        List<SubmissionSummary> files = List.of(ok(1, "P-2026-001", "A/P-2026-001.xlsx"),
                ok(2, "p-2026-001", "A/p-2026-001.xlsx"));

        Coverage coverage = Coverage.of(files, List.of());

        assertThat(coverage.total().received()).isEqualTo(1);
    }

    private static SubmissionSummary quarantined(long id, String path) {
        return new SubmissionSummary(id, null, "Beheer", path, path, "f" + id, null, null,
                SubmissionStatus.QUARANTAINE, RECEIVED, RECEIVED, 0, 1, 0);
    }

    private static SubmissionSummary ok(long id, String projectId, String path) {
        return new SubmissionSummary(id, projectId, "Beheer", path, path, "f" + id, 1, null, SubmissionStatus.OK,
                RECEIVED, RECEIVED, 10, 0, 0);
    }
}
