package nl.mvimonitor.sync.run;

import java.util.List;
import java.util.Objects;

import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.GoalsTab;

/**
 * The board's goals for a run, with a fingerprint that changes when they change.
 *
 * @param goals       goals in the order the board keeps them
 * @param origin      where they came from, for the log (Dutch)
 * @param fingerprint changes when the goals change
 * @param tabName     the board's name for the goals tab, {@value GoalsTab#DEFAULT_NAME} until it renames it
 * @param noteNl      what the run must tell about where the goals came from (Dutch, for the run report), or null
 */
public record LoadedGoals(List<BoardGoal> goals, String origin, String fingerprint, String tabName, String noteNl) {

    public LoadedGoals {
        goals = List.copyOf(goals);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(tabName, "tabName");
    }

    /** Goals as read, with nothing to tell. */
    public LoadedGoals(List<BoardGoal> goals, String origin, String fingerprint, String tabName) {
        this(goals, origin, fingerprint, tabName, null);
    }

    /** Goals not read from a board workbook (a seed, or none): their tab gets the default name. */
    public LoadedGoals(List<BoardGoal> goals, String origin, String fingerprint) {
        this(goals, origin, fingerprint, GoalsTab.DEFAULT_NAME);
    }

    /** The goals with their tab's name, as the board report writes them. */
    public GoalsTab tab() {
        return new GoalsTab(tabName, goals);
    }
}
