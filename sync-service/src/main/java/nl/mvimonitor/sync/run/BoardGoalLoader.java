package nl.mvimonitor.sync.run;

/** Gives a run the board's goals. Throws {@link RunFailure} when they exist but cannot be read. */
@FunctionalInterface
public interface BoardGoalLoader {

    LoadedGoals load();

    /** Told when a run has published new outputs, so a loader may read them before the next run needs them. */
    default void published() {
        // nothing to read ahead by default
    }
}
