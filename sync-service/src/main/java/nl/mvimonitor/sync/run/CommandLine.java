package nl.mvimonitor.sync.run;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;

/**
 * Runs the command the command line asks for, once the application is up, and keeps its exit code for the main
 * method. Without a command nothing happens here and the service keeps running on its schedule.
 */
@Component
public class CommandLine implements ApplicationRunner {

    static final String HELP = "help";
    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);

    private final List<CliCommand> commands;
    private final PrintStream out;
    private final ServicePlaces places;
    private volatile OptionalInt exitCode = OptionalInt.empty();

    @Autowired
    public CommandLine(List<CliCommand> commands, ServicePlaces places) {
        this(commands, System.out, places);
    }

    CommandLine(List<CliCommand> commands, PrintStream out) {
        this(commands, out, ServicePlaces.none());
    }

    CommandLine(List<CliCommand> commands, PrintStream out, ServicePlaces places) {
        this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::option)).toList();
        this.out = out;
        this.places = places;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (CommandLineArguments.requestsCommand(args)) {
            exitCode = OptionalInt.of(dispatch(args));
        }
    }

    /** The exit code of the command that ran, or empty when the service should keep running. */
    public OptionalInt exitCode() {
        return exitCode;
    }

    int dispatch(ApplicationArguments args) {
        Set<String> options = CommandLineArguments.commandOptions(args);
        if (options.contains(HELP)) {
            printHelp();
            return CliCommand.OK;
        }
        List<CliCommand> chosen = commands.stream().filter(c -> options.contains(c.option())).toList();
        if (chosen.isEmpty()) {
            return usage(options.isEmpty() ? "Onbekend argument: " + args.getNonOptionArgs().get(0) + "."
                    : "Onbekende opdracht --" + options.iterator().next() + ".");
        }
        if (chosen.size() > 1) {
            return usage("Geef één opdracht tegelijk.");
        }
        CliCommand command = chosen.get(0);
        Optional<String> unknown = unknownOption(options, command);
        if (unknown.isPresent()) {
            return usage("Onbekende optie --" + unknown.get() + ".");
        }
        try {
            int code = command.execute(args);
            if (code == CliCommand.USAGE) {
                printHelp();
            }
            return code;
        } catch (Exception e) {
            LOG.error("Opdracht --{} mislukt: {}.", command.option(), FailureText.reason(e, places));
            LOG.debug("Oorzaak", e);
            return CliCommand.FAILED;
        }
    }

    private static Optional<String> unknownOption(Set<String> options, CliCommand command) {
        Set<String> unknown = new TreeSet<>(options);
        unknown.remove(command.option());
        unknown.removeAll(command.acceptedOptions());
        return unknown.stream().findFirst();
    }

    private int usage(String problem) {
        out.println(problem);
        printHelp();
        return CliCommand.USAGE;
    }

    void printHelp() {
        out.println("MVI Monitor synchronisatiedienst");
        out.println();
        out.println("Gebruik: java -jar mvi-sync-service.jar [--opdracht] [--instelling=waarde ...]");
        out.println("Zonder opdracht blijft de dienst draaien en start hij runs volgens mvi.schedule.cron.");
        out.println();
        out.println("Opdrachten:");
        int width = commands.stream().mapToInt(c -> c.option().length()).max().orElse(4);
        for (CliCommand command : commands) {
            out.printf("  --%-" + width + "s  %s%n", command.option(), command.descriptionNl());
        }
        out.printf("  --%-" + width + "s  %s%n", HELP, "Toont deze hulp.");
        out.println();
        out.println("Instellingen kunnen ook op de opdrachtregel, bijvoorbeeld:");
        out.println("  --mvi.source.local.root=/pad/naar/inbox --mvi.publish.output-dir=/pad/naar/uitvoer");
        out.println("Exitcodes: 0 gelukt, 1 mislukt, 2 onjuist gebruik.");
    }
}
