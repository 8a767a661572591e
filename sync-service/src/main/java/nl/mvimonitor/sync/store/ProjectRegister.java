package nl.mvimonitor.sync.store;

import java.util.List;
import java.util.Objects;

/** The list of projects the MVI team expects a sheet for, wherever it is kept. */
public interface ProjectRegister {

    /** Reads the register once: a run uses this one reading for its outputs and for deciding to write them. */
    Contents read();

    /** No register at all. */
    static ProjectRegister none() {
        return () -> new Contents(List.of(), "geen");
    }

    /**
     * The register as read at one moment.
     *
     * @param expectedProjects expected projects; empty when there is no register
     * @param fingerprint      changes when the register changes, so outputs are rewritten; constant when there is none
     */
    record Contents(List<ExpectedProject> expectedProjects, String fingerprint) {

        public Contents {
            expectedProjects = List.copyOf(expectedProjects);
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }
}
