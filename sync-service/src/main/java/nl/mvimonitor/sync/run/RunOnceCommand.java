package nl.mvimonitor.sync.run;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code --run-once}: one sync run, then exit; 0 when the run completed (findings in files are normal). */
@Component
class RunOnceCommand implements CliCommand {

    private final SyncRuns runs;

    RunOnceCommand(SyncRuns runs) {
        this.runs = runs;
    }

    @Override
    public String option() {
        return "run-once";
    }

    @Override
    public String descriptionNl() {
        return "Voert één run uit (lezen, controleren, opslaan, uitvoer schrijven) en stopt.";
    }

    @Override
    public int execute(ApplicationArguments args) {
        if (CliCommand.hasStrayArguments(args)) {
            return USAGE;
        }
        return runs.runOnce().completed() ? OK : FAILED;
    }
}
