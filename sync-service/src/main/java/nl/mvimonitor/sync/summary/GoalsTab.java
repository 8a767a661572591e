package nl.mvimonitor.sync.summary;

import java.util.List;
import java.util.Objects;

/**
 * The board's goals with the name of the tab they are kept in. The board may rename that tab; the report keeps the
 * board's name, and finds the tab again by its marker ({@link GoalsTabMarker}), not by its name.
 *
 * @param name  the tab's name as the board has it, {@value #DEFAULT_NAME} for goals from a seed
 * @param goals the goals in the order the board keeps them
 */
public record GoalsTab(String name, List<BoardGoal> goals) {

    /** The name the report gives the tab until the board renames it. */
    public static final String DEFAULT_NAME = "Doelen";

    public GoalsTab {
        Objects.requireNonNull(name, "name");
        goals = List.copyOf(goals);
    }

    /** Goals in a tab of the default name, as a seed gives them. */
    public static GoalsTab withDefaultName(List<BoardGoal> goals) {
        return new GoalsTab(DEFAULT_NAME, goals);
    }
}
