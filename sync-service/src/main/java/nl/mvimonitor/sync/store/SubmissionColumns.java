package nl.mvimonitor.sync.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** The column values of one submission row, derived from what intake received. */
final class SubmissionColumns {

    private final long fileId;
    private final ReceivedFile received;
    private final Instant receivedAt;

    SubmissionColumns(long fileId, ReceivedFile received, Instant receivedAt) {
        this.fileId = fileId;
        this.received = received;
        this.receivedAt = receivedAt;
    }

    void bind(PreparedStatement ps) throws SQLException {
        ValidatedSubmission result = received.result();
        WorkbookMetadata meta = metadata(result);
        ps.setLong(1, fileId);
        set(ps, 2, received.contentHash(), Types.VARCHAR);
        set(ps, 3, clip(projectId(result), ColumnWidths.PROJECT_ID), Types.VARCHAR);
        set(ps, 4, clip(unit(result), ColumnWidths.UNIT), Types.VARCHAR);
        set(ps, 5, result.phase() == null ? null : result.phase().name(), Types.VARCHAR);
        set(ps, 6, clip(meta.templateId(), ColumnWidths.TEMPLATE_ID), Types.VARCHAR);
        set(ps, 7, meta.templateVersion(), Types.INTEGER);
        ps.setString(8, result.status().name());
        ps.setInt(9, result.rows().values().stream().mapToInt(List::size).sum());
        ps.setInt(10, Submissions.count(result.findings(), Severity.FOUT));
        ps.setInt(11, Submissions.count(result.findings(), Severity.WAARSCHUWING));
        SqlParameterValue time = DbTime.param(receivedAt);
        StatementCreatorUtils.setParameterValue(ps, 12, time, time.getValue());
    }

    private static String projectId(ValidatedSubmission result) {
        return result.projectId() != null ? result.projectId() : metadata(result).projectId();
    }

    private static WorkbookMetadata metadata(ValidatedSubmission result) {
        return result.metadata() == null ? WorkbookMetadata.unknown() : result.metadata();
    }

    /** The unit the sheet names, else the one its folder says. */
    private String unit(ValidatedSubmission result) {
        String fromSheet = result.single(Submissions.PROJECT_TAB)
                .map((TypedRow row) -> row.text(Submissions.UNIT_COLUMN))
                .filter(text -> !text.isBlank())
                .orElse(null);
        return fromSheet != null ? fromSheet.trim() : received.file().unit();
    }

    /** Cuts text typed by a team to the column size: an overlong unit name must not make the file unstorable. */
    static String clip(String text, int length) {
        return ColumnWidths.clip(text, length);
    }

    private static void set(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        StatementCreatorUtils.setParameterValue(ps, index, sqlType, value);
    }
}
