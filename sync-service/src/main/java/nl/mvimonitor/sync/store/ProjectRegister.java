package nl.mvimonitor.sync.store;

import java.util.List;

/** The list of projects the MVI team expects a sheet for, wherever it is kept. */
public interface ProjectRegister {

    /** Expected projects; empty when there is no register. */
    List<ExpectedProject> expectedProjects();

    /** A value that changes when the register changes, so outputs are rewritten; constant when there is none. */
    String fingerprint();

    /** No register at all. */
    static ProjectRegister none() {
        return new ProjectRegister() {
            @Override
            public List<ExpectedProject> expectedProjects() {
                return List.of();
            }

            @Override
            public String fingerprint() {
                return "geen";
            }
        };
    }
}
