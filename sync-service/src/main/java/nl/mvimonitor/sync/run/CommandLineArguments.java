package nl.mvimonitor.sync.run;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Tells settings from commands on the command line. {@code --mvi.publish.output-dir=...} and other options with a
 * dot are Spring settings, as are Spring Boot's {@code --debug} and {@code --trace}; any other option, or any
 * argument that is not an option, asks for a command (or is a mistake), and then the service must not schedule.
 */
public final class CommandLineArguments {

    private static final Set<String> SPRING_SWITCHES = Set.of("debug", "trace");

    private CommandLineArguments() {
    }

    /** True when the arguments ask for a command rather than the long-running service. */
    public static boolean requestsCommand(ApplicationArguments args) {
        return !commandOptions(args).isEmpty() || !args.getNonOptionArgs().isEmpty();
    }

    public static boolean requestsCommand(String... args) {
        return requestsCommand(new DefaultApplicationArguments(Arrays.copyOf(args, args.length)));
    }

    /** Options that are not settings, without dashes. */
    static Set<String> commandOptions(ApplicationArguments args) {
        return args.getOptionNames().stream()
                .filter(name -> !name.contains(".") && !SPRING_SWITCHES.contains(name))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
