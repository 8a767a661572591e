package nl.mvimonitor.sync.summary;

/** PLACEHOLDER so the run compiles; the real type is written on another branch. */
public record BoardGoal() {
}
