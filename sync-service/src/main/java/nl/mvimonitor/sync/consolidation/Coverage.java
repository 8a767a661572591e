package nl.mvimonitor.sync.consolidation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.ProjectDuplicates;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The response rate per organisational unit and year: projects expected (from the project register), received
 * and valid. With a register, a project counts as received when a current submission carries its ProjectID, and as
 * valid when one of those submissions has status OK or WAARSCHUWING; submissions of projects the register does not
 * know are counted apart, in the year they were received. Without a register there is nothing to expect: files are
 * counted per unit and the year they were received. A project counts once: only the submission that counts for its
 * ProjectID ({@link SubmissionSummary#counts()}) is counted, and the duplicates are counted apart, in the row where
 * their project counts. Used by the consolidated workbook (Dekking) and the board's response KPI.
 */
public final class Coverage {

    /** Unit shown for submissions without one. */
    public static final String UNKNOWN_UNIT = "(onbekend)";

    private final boolean register;
    private final List<CoverageRow> rows;

    private Coverage(boolean register, List<CoverageRow> rows) {
        this.register = register;
        this.rows = List.copyOf(rows);
    }

    public static Coverage of(List<SubmissionSummary> submissions, List<ExpectedProject> expected) {
        Map<UnitYear, Tally> tallies = new TreeMap<>();
        List<SubmissionSummary> counted = submissions.stream().filter(SubmissionSummary::counts).toList();
        Map<String, UnitYear> whereCounted = new HashMap<>();
        if (expected.isEmpty()) {
            for (SubmissionSummary submission : counted) {
                tallies.computeIfAbsent(UnitYear.of(submission), k -> new Tally()).receive(submission);
            }
        } else {
            countRegister(counted, new LinkedHashSet<>(expected), tallies, whereCounted);
        }
        countDuplicates(submissions, counted, whereCounted, tallies);
        List<CoverageRow> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> rows.add(tally.row(key)));
        return new Coverage(!expected.isEmpty(), rows);
    }

    /** True when a project register is configured, so expected counts and response rates exist. */
    public boolean hasRegister() {
        return register;
    }

    /** One row per unit and year, ordered by unit and year. */
    public List<CoverageRow> rows() {
        return rows;
    }

    /** The sum over all rows. */
    public CoverageRow total() {
        return sum(null, null);
    }

    /** The sum over the rows of {@code unit} (null: all units) in {@code year} (null: all years). */
    public CoverageRow sum(String unit, Integer year) {
        Predicate<CoverageRow> wanted = r -> (unit == null || unit.equals(r.unit()))
                && (year == null || year == r.year());
        int expected = 0;
        int received = 0;
        int valid = 0;
        int extra = 0;
        int duplicates = 0;
        for (CoverageRow row : rows) {
            if (wanted.test(row)) {
                expected += row.expected();
                received += row.received();
                valid += row.valid();
                extra += row.notInRegister();
                duplicates += row.duplicates();
            }
        }
        return new CoverageRow(unit, year == null ? 0 : year, expected, received, valid, extra, duplicates);
    }

    /** Counts the submissions that count against the register; notes where each registered project is counted. */
    private static void countRegister(List<SubmissionSummary> counted, Set<ExpectedProject> expected,
                                      Map<UnitYear, Tally> tallies, Map<String, UnitYear> whereCounted) {
        Map<String, List<SubmissionSummary>> byProject = new HashMap<>();
        for (SubmissionSummary submission : counted) {
            if (submission.projectId() != null) {
                byProject.computeIfAbsent(ProjectDuplicates.projectKey(submission.projectId()),
                        k -> new ArrayList<>()).add(submission);
            }
        }
        Set<String> registered = new HashSet<>();
        for (ExpectedProject project : expected) {
            String key = ProjectDuplicates.projectKey(project.projectId());
            registered.add(key);
            UnitYear where = new UnitYear(project.unit(), project.year());
            whereCounted.putIfAbsent(key, where);
            tallies.computeIfAbsent(where, k -> new Tally()).expect(byProject.getOrDefault(key, List.of()));
        }
        for (SubmissionSummary submission : counted) {
            if (submission.projectId() == null
                    || !registered.contains(ProjectDuplicates.projectKey(submission.projectId()))) {
                tallies.computeIfAbsent(UnitYear.of(submission), k -> new Tally()).outsideRegister(submission);
            }
        }
    }

    /**
     * Counts each duplicate in the row of the project it duplicates: the registered project's unit and year, else
     * those of the submission that counts (the duplicate's own when that one is not among the submissions).
     */
    private static void countDuplicates(List<SubmissionSummary> submissions, List<SubmissionSummary> counted,
                                        Map<String, UnitYear> whereCounted, Map<UnitYear, Tally> tallies) {
        Map<String, UnitYear> countedAt = new HashMap<>();
        for (SubmissionSummary submission : counted) {
            if (submission.projectId() != null) {
                countedAt.putIfAbsent(ProjectDuplicates.projectKey(submission.projectId()), UnitYear.of(submission));
            }
        }
        for (SubmissionSummary duplicate : submissions) {
            if (!duplicate.counts()) {
                String key = ProjectDuplicates.projectKey(duplicate.projectId());
                UnitYear where = whereCounted.getOrDefault(key,
                        countedAt.getOrDefault(key, UnitYear.of(duplicate)));
                tallies.computeIfAbsent(where, k -> new Tally()).duplicates++;
            }
        }
    }

    /** The submission's unit, or {@value #UNKNOWN_UNIT}. */
    public static String unitOf(SubmissionSummary submission) {
        return submission.unit() == null ? UNKNOWN_UNIT : submission.unit();
    }

    /** The year (Dutch local time) the submission was received, else last seen; 0 when neither is known. */
    public static int yearReceived(SubmissionSummary submission) {
        Instant received = Objects.requireNonNullElse(submission.receivedAt(), submission.lastSeenAt());
        return received == null ? 0 : received.atZone(CellWriter.ZONE).getYear();
    }

    static boolean isValid(SubmissionSummary submission) {
        return submission.status() == SubmissionStatus.OK || submission.status() == SubmissionStatus.WAARSCHUWING;
    }

    private record UnitYear(String unit, int year) implements Comparable<UnitYear> {
        private static final Comparator<UnitYear> ORDER =
                Comparator.comparing(UnitYear::unit).thenComparingInt(UnitYear::year);

        static UnitYear of(SubmissionSummary submission) {
            return new UnitYear(unitOf(submission), yearReceived(submission));
        }

        @Override
        public int compareTo(UnitYear other) {
            return ORDER.compare(this, other);
        }
    }

    /** Counts for one unit and year while they are being gathered. */
    private static final class Tally {
        private int expected;
        private int expectedReceived;
        private int expectedValid;
        private int duplicates;
        /** Without a register: received projects (or files without ProjectID), and whether one of them is valid. */
        private final Map<String, Boolean> received = new HashMap<>();
        private final Set<String> outside = new HashSet<>();

        void expect(List<SubmissionSummary> submissions) {
            expected++;
            expectedReceived += submissions.isEmpty() ? 0 : 1;
            expectedValid += submissions.stream().anyMatch(Coverage::isValid) ? 1 : 0;
        }

        void receive(SubmissionSummary submission) {
            received.merge(identity(submission), isValid(submission), Boolean::logicalOr);
        }

        void outsideRegister(SubmissionSummary submission) {
            outside.add(identity(submission));
        }

        CoverageRow row(UnitYear key) {
            int validReceived = (int) received.values().stream().filter(Boolean::booleanValue).count();
            return new CoverageRow(key.unit(), key.year(), expected, expectedReceived + received.size(),
                    expectedValid + validReceived, outside.size(), duplicates);
        }

        /**
         * A file without ProjectID counts on its own: by its submission (one current submission per file), not by
         * the path shown, which two files whose names were neutralised, or two sources, can share.
         */
        private static String identity(SubmissionSummary submission) {
            return submission.projectId() != null ? "id:" + ProjectDuplicates.projectKey(submission.projectId())
                    : "file:" + submission.submissionId();
        }
    }
}
