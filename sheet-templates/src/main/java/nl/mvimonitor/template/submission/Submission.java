package nl.mvimonitor.template.submission;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.mvimonitor.template.finding.Finding;

/**
 * A project team's workbook as read: metadata, tabs bound to the schema, and what the reader found
 * (drift, unreadable parts). A quarantined submission has no tabs and at least one finding saying why.
 *
 * @param fileName     name of the file, for messages
 * @param metadata     template metadata found in the file
 * @param tabs         tabs by schema key (absent when the tab could not be found)
 * @param findings     reader findings: schema drift, quarantine reasons
 * @param quarantined  true when the file could not be read safely (not xlsx, macro, encrypted, zip bomb, ...)
 */
public record Submission(
        String fileName,
        WorkbookMetadata metadata,
        Map<String, SubmittedTab> tabs,
        List<Finding> findings,
        boolean quarantined) {

    public Submission {
        Objects.requireNonNull(fileName, "fileName");
        metadata = metadata == null ? WorkbookMetadata.unknown() : metadata;
        tabs = Map.copyOf(tabs);
        findings = List.copyOf(findings);
    }

    public static Submission quarantined(String fileName, List<Finding> findings) {
        return new Submission(fileName, WorkbookMetadata.unknown(), Map.of(), findings, true);
    }

    public Optional<SubmittedTab> tab(String key) {
        return Optional.ofNullable(tabs.get(key));
    }
}
