package nl.mvimonitor.sync.store;

import java.util.Objects;

/**
 * A project the MVI team expects a sheet for (from the project register), for the response rate.
 *
 * @param projectId ProjectID
 * @param unit      organisational unit
 * @param year      reporting year
 */
public record ExpectedProject(String projectId, String unit, int year) {

    public ExpectedProject {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(unit, "unit");
    }
}
