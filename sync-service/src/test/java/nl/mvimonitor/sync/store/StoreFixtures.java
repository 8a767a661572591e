package nl.mvimonitor.sync.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.submission.WorkbookMetadata;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.TypedRow;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** Small builders for store tests. */
public final class StoreFixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private StoreFixtures() {
    }

    public static SourceFile file(String path, String unit, String fingerprint) {
        return new SourceFile("lokaal", path, unit, 100, T0, fingerprint);
    }

    public static ValidatedSubmission validated(String projectId, Map<String, List<TypedRow>> rows,
            Finding... findings) {
        List<Finding> list = List.of(findings);
        WorkbookMetadata metadata = new WorkbookMetadata("mvi-project", 1, "Waterschap", projectId);
        return new ValidatedSubmission(projectId + ".xlsx", metadata, projectId, null, SubmissionStatus.of(list), list,
                rows);
    }

    public static ReceivedFile received(SourceFile file, String content, ValidatedSubmission result) {
        return new ReceivedFile(file, sha256(content), result, false);
    }

    public static TypedRow row(int number, Map<String, Object> values) {
        return new TypedRow(number, values);
    }

    public static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
