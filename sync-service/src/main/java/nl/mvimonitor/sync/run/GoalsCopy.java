package nl.mvimonitor.sync.run;

import java.time.Clock;
import java.util.Optional;

import nl.mvimonitor.sync.store.BoardGoalCopies;
import nl.mvimonitor.sync.store.KeptGoals;
import nl.mvimonitor.sync.summary.BoardGoalsJson;
import nl.mvimonitor.sync.summary.GoalsTab;

/**
 * The service's own copy of the board's goals for one board workbook, in the store: kept each time the goals are
 * read from that workbook (or the seed), so a deleted workbook can be written again with them.
 */
interface GoalsCopy {

    /** Keeps {@code tab} as the copy; writes nothing when the copy has this fingerprint already. */
    void keep(GoalsTab tab, String fingerprint);

    /** The goals last kept, if any. An IllegalArgumentException when the copy cannot be read. */
    Optional<GoalsTab> kept();

    /** No copy: a service without store, or a test of the files alone. */
    static GoalsCopy none() {
        return new GoalsCopy() {
            @Override
            public void keep(GoalsTab tab, String fingerprint) {
                // nothing kept
            }

            @Override
            public Optional<GoalsTab> kept() {
                return Optional.empty();
            }
        };
    }

    /** The copy in the store, under the board workbook's absolute path (as the store names outputs). */
    static GoalsCopy inStore(BoardGoalCopies copies, String boardWorkbook, Clock clock) {
        return new GoalsCopy() {
            @Override
            public void keep(GoalsTab tab, String fingerprint) {
                copies.keep(new KeptGoals(boardWorkbook, tab.name(), BoardGoalsJson.write(tab.goals()), fingerprint,
                        clock.instant()));
            }

            @Override
            public Optional<GoalsTab> kept() {
                return copies.kept(boardWorkbook)
                        .map(copy -> new GoalsTab(copy.tabName(), BoardGoalsJson.read(copy.goalsJson())));
            }
        };
    }
}
