package nl.mvimonitor.sync.run;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;

/**
 * A command the service runs instead of staying up, chosen with {@code --<option>} on the command line. Every bean
 * of this type is a command; {@code --help} lists them. While a command runs the scheduler does not start, and the
 * process exits with the command's exit code.
 */
public interface CliCommand {

    /** Exit code: done. */
    int OK = 0;
    /** Exit code: the work failed (findings in files are no failure). */
    int FAILED = 1;
    /** Exit code: wrong use of the command line. */
    int USAGE = 2;

    /** The option that selects the command, without dashes, e.g. {@code run-once}. */
    String option();

    /** One line of Dutch help for {@code --help}. */
    String descriptionNl();

    /** Further options (without dashes) this command accepts, e.g. {@code organisatie}. */
    default Set<String> acceptedOptions() {
        return Set.of();
    }

    /** Does the work; returns the process exit code. An exception counts as {@link #FAILED}. */
    int execute(ApplicationArguments args) throws Exception;

    /** True when the command needs no other arguments and got some: callers return {@link #USAGE}. */
    static boolean hasStrayArguments(ApplicationArguments args) {
        return !args.getNonOptionArgs().isEmpty();
    }
}
