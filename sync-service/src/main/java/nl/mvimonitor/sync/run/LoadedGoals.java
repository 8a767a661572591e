package nl.mvimonitor.sync.run;

import java.util.List;
import java.util.Objects;

import nl.mvimonitor.sync.summary.BoardGoal;

/**
 * The board's goals for a run, with a fingerprint that changes when they change.
 *
 * @param goals       goals in the order the board keeps them
 * @param origin      where they came from, for the log (Dutch)
 * @param fingerprint changes when the goals change
 */
public record LoadedGoals(List<BoardGoal> goals, String origin, String fingerprint) {

    public LoadedGoals {
        goals = List.copyOf(goals);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
