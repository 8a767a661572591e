package nl.mvimonitor.sync.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * One ProjectID is one project. When several current submissions carry the same ProjectID (a copy next to the
 * original, the same sheet in two unit folders), one of them counts for the project and the others are marked
 * {@link DuplicateOf duplicates}: the outputs leave them out of every figure and every project row, and show them only
 * as source files with a {@code DUBBEL_PROJECT} finding.
 *
 * <p>The one that counts is, in this order: one that is not quarantined; a valid one (OK or WAARSCHUWING) over one
 * with errors; the file modified most recently (as the source last listed it: a newer version saved under another
 * name wins); the one received first (a copy keeps the modification time of its original, and then the file that was
 * there first keeps counting and the copy is told to go); the first path. So the choice is the same on every run for
 * the same files. ProjectIDs are compared without surrounding spaces and case; submissions without a ProjectID are
 * never duplicates (nothing says which project they are).
 */
public final class ProjectDuplicates {

    /** The submission that counts first. */
    static final Comparator<SubmissionSummary> COUNTS_FIRST = Comparator
            .comparing((SubmissionSummary s) -> s.status() == SubmissionStatus.QUARANTAINE)
            .thenComparing(s -> !isValid(s))
            .thenComparing(SubmissionSummary::modifiedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SubmissionSummary::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SubmissionSummary::sourcePath)
            .thenComparingLong(SubmissionSummary::submissionId);

    private ProjectDuplicates() {
    }

    /**
     * The submissions in the same order, each marked as counting or as a duplicate of the one that counts for its
     * project; a mark the submissions had before is replaced.
     */
    public static List<SubmissionSummary> marked(List<SubmissionSummary> current) {
        Map<String, List<SubmissionSummary>> byProject = new LinkedHashMap<>();
        for (SubmissionSummary submission : current) {
            if (submission.projectId() != null) {
                byProject.computeIfAbsent(projectKey(submission.projectId()), k -> new ArrayList<>()).add(submission);
            }
        }
        Map<Long, DuplicateOf> duplicates = new HashMap<>();
        for (List<SubmissionSummary> sharing : byProject.values()) {
            if (sharing.size() > 1) {
                markDuplicates(sharing, duplicates);
            }
        }
        List<SubmissionSummary> marked = new ArrayList<>(current.size());
        for (SubmissionSummary submission : current) {
            marked.add(submission.asDuplicateOf(duplicates.get(submission.submissionId())));
        }
        return marked;
    }

    /** The form of a ProjectID under which submissions are the same project. */
    public static String projectKey(String projectId) {
        return projectId.strip().toUpperCase(Locale.ROOT);
    }

    private static void markDuplicates(List<SubmissionSummary> sharing, Map<Long, DuplicateOf> duplicates) {
        List<SubmissionSummary> ranked = sharing.stream().sorted(COUNTS_FIRST).toList();
        String counted = ranked.get(0).sourcePath();
        for (SubmissionSummary duplicate : ranked.subList(1, ranked.size())) {
            List<String> others = ranked.stream().filter(s -> s != duplicate).map(SubmissionSummary::sourcePath)
                    .toList();
            duplicates.put(duplicate.submissionId(), new DuplicateOf(counted, others));
        }
    }

    private static boolean isValid(SubmissionSummary submission) {
        return submission.status() == SubmissionStatus.OK || submission.status() == SubmissionStatus.WAARSCHUWING;
    }
}
