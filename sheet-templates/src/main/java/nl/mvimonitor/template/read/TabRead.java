package nl.mvimonitor.template.read;

import java.util.List;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.submission.SubmittedTab;

/** One tab as read, with the drift and row findings about it. */
record TabRead(SubmittedTab tab, List<Finding> findings) {

    TabRead {
        findings = List.copyOf(findings);
    }
}
