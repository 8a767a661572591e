package nl.mvimonitor.sync.demo;

import java.util.Objects;

import nl.mvimonitor.template.workbook.FilledData;

/**
 * One demo project: where its sheet goes and what it holds.
 *
 * @param unit      organisational unit (the subfolder of the inbox)
 * @param projectId ProjectID, also the file name
 * @param name      project name
 * @param mistake   the planted mistake, if any
 * @param data      the sheet's content
 */
public record DemoProject(String unit, String projectId, String name, DemoMistake mistake, FilledData data) {

    public DemoProject {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(data, "data");
    }

    public String fileName() {
        return projectId + ".xlsx";
    }
}
