package nl.mvimonitor.sync.run;

/** Gives a run the board's goals. Throws {@link RunFailure} when they exist but cannot be read. */
@FunctionalInterface
public interface BoardGoalLoader {

    LoadedGoals load();
}
