package nl.mvimonitor.sync.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * {@link SubmissionQueries} on JDBC. The order of submissions is made in Java, not SQL, so it is the same on H2 and
 * on PostgreSQL whatever the database collation; rows and findings are then streamed one submission at a time with
 * a fetch size, so no tab is ever held in memory whole.
 */
@Component
public class JdbcSubmissionQueries implements SubmissionQueries {

    private static final Pattern A1 = Pattern.compile("([A-Z]+)(\\d+)");
    /** Unit, then ProjectID (missing ones last), then path; case-insensitive first so "zuid" sorts near "Zuid". */
    static final Comparator<SubmissionSummary> ORDER = Comparator
            .comparing(SubmissionSummary::unit, Comparator.nullsLast(textOrder()))
            .thenComparing(SubmissionSummary::projectId, Comparator.nullsLast(textOrder()))
            .thenComparing(SubmissionSummary::sourcePath, textOrder());

    private static final String SELECT = "SELECT s.id, s.project_id, s.unit, f.path, s.content_hash,"
            + " s.template_version, s.phase, s.status, s.received_at, " + SourceFiles.LAST_SEEN + " AS last_seen_at,"
            + " s.rows_read, s.errors, s.warnings, s.is_current, f.deleted, f.last_modified FROM submission s"
            + " JOIN source_file f ON f.id = s.source_file_id LEFT JOIN source_listing l ON l.source_id = f.source_id";
    private static final String CURRENT = SELECT + " WHERE s.is_current = TRUE AND f.deleted = FALSE";
    private static final String BY_ID = SELECT + " WHERE s.id = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final RowBlocks blocks;
    private final ProjectRegister register;

    public JdbcSubmissionQueries(DataSource dataSource, PlatformTransactionManager transactions,
            TemplateSchema schema, ProjectRegister register, StoreSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(settings.fetchSize());
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // PostgreSQL streams with a cursor only inside a transaction; one snapshot for a whole visit is a bonus
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.blocks = new RowBlocks(new RowCodec(schema));
        this.register = register;
    }

    /** Each marked as counting for its project or as a duplicate ({@link ProjectDuplicates}). */
    @Override
    public List<SubmissionSummary> currentSubmissions() {
        return ProjectDuplicates.marked(jdbc.query(CURRENT, (rs, i) -> summary(rs)).stream().sorted(ORDER).toList());
    }

    @Override
    public void forEachRow(String tabKey, RowVisitor visitor) {
        readOnly.executeWithoutResult(status -> {
            for (SubmissionSummary submission : currentSubmissions()) {
                forEachRowOf(submission, tabKey, row -> visitor.visit(submission, row));
            }
        });
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) {
        readOnly.executeWithoutResult(status -> {
            for (SubmissionSummary submission : currentSubmissions()) {
                forEachFindingOf(submission, finding -> visitor.visit(new StoredFinding(submission, finding)));
            }
        });
    }

    @Override
    public void forEachRowOf(SubmissionSummary submission, String tabKey, Consumer<TypedRow> visitor) {
        jdbc.query("SELECT payload FROM submission_rows WHERE submission_id = ? AND tab_key = ? ORDER BY block",
                rs -> {
                    blocks.unpack(tabKey, rs.getString(1), visitor);
                },
                submission.submissionId(), tabKey);
    }

    @Override
    public int rowCountOf(SubmissionSummary submission, String tabKey) {
        Integer rows = jdbc.queryForObject("SELECT SUM(row_count) FROM submission_rows WHERE submission_id = ?"
                + " AND tab_key = ?", Integer.class, submission.submissionId(), tabKey);
        return rows == null ? 0 : rows;
    }

    /** A duplicate's {@code DUBBEL_PROJECT} comes first, as a finding about the whole file. */
    @Override
    public void forEachFindingOf(SubmissionSummary submission, Consumer<Finding> visitor) {
        if (!submission.counts()) {
            visitor.accept(submission.duplicateOf().finding());
        }
        jdbc.query("SELECT severity, rule_code, sheet, cell, message FROM finding WHERE submission_id = ?"
                        + " ORDER BY seq",
                rs -> {
                    visitor.accept(finding(rs));
                },
                submission.submissionId());
    }

    /**
     * The submission with this id as {@link #currentSubmissions()} would list it, if it is current; marked as
     * counting, since whether it does depends on all the others.
     */
    public Optional<SubmissionSummary> currentSubmission(long submissionId) {
        // by primary key only: with the current-flag in the WHERE clause H2 walks that index over all submissions
        return jdbc.query(BY_ID, (rs, i) -> rs.getBoolean("is_current") && !rs.getBoolean("deleted")
                ? Optional.of(summary(rs)) : Optional.<SubmissionSummary>empty(), submissionId)
                .stream().flatMap(Optional::stream).findFirst();
    }

    /**
     * One submission just stored, as this store would give it back, made from what was stored instead of read
     * again: for outputs that prepare their share of a submission as soon as it is stored.
     */
    public SubmissionQueries justStored(SubmissionSummary submission, ValidatedSubmission result) {
        return new JustStored(submission, blocks.codec(), result);
    }

    @Override
    public List<ExpectedProject> expectedProjects() {
        return register.read().expectedProjects();
    }

    private static SubmissionSummary summary(ResultSet rs) throws SQLException {
        StoredPath path = new StoredPath(rs.getString("path"));
        String phase = rs.getString("phase");
        String projectId = rs.getString("project_id");
        return new SubmissionSummary(
                rs.getLong("id"),
                projectId,
                rs.getString("unit"),
                path.shownName(projectId),
                path.shown(projectId),
                rs.getString("content_hash"),
                (Integer) rs.getObject("template_version", Integer.class),
                phase == null ? null : Phase.valueOf(phase),
                SubmissionStatus.valueOf(rs.getString("status")),
                DbTime.read(rs, "received_at"),
                DbTime.read(rs, "last_seen_at"),
                rs.getInt("rows_read"),
                rs.getInt("errors"),
                rs.getInt("warnings")).withModifiedAt(DbTime.read(rs, "last_modified"));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return asRead(Severity.valueOf(rs.getString("severity")), rs.getString("rule_code"), rs.getString("sheet"),
                rs.getString("cell"), rs.getString("message"));
    }

    /** A finding as a read of its stored columns gives it: the cell only when it is a plain A1 reference. */
    static Finding asRead(Severity severity, String rule, String sheet, String cell, String message) {
        CellRef ref = null;
        if (sheet != null && cell != null) {
            Matcher a1 = A1.matcher(cell);
            if (a1.matches()) {
                ref = new CellRef(sheet, Integer.parseInt(a1.group(2)), CellRef.columnIndex(a1.group(1)));
            }
        }
        return new Finding(severity, rule, ref, message);
    }

    private static Comparator<String> textOrder() {
        return String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    }
}
