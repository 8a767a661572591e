package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

class CommandLineTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final CliCommand demo = command("demo", 0, Set.of("organisatie"));
    private final CliCommand failing = new CliCommand() {
        @Override
        public String option() {
            return "kapot";
        }

        @Override
        public String descriptionNl() {
            return "Gaat altijd mis.";
        }

        @Override
        public int execute(ApplicationArguments args) {
            throw new IllegalStateException("mis");
        }
    };
    private final CommandLine commandLine = new CommandLine(List.of(demo, failing, command("run-once", 1, Set.of())),
            new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void helpListsEveryCommandAndExitsWithZero() {
        assertThat(dispatch("--help")).isZero();

        assertThat(output()).contains("--run-once", "--demo", "--kapot", "--help", "Exitcodes");
    }

    @Test
    void theCommandsExitCodeIsTheProcessExitCode() {
        assertThat(dispatch("--run-once", "--mvi.publish.output-dir=/tmp/uit")).isEqualTo(1);
        assertThat(dispatch("--demo", "--organisatie=Waterschap")).isZero();
    }

    @Test
    void aCommandThatThrowsExitsWithOne() {
        assertThat(dispatch("--kapot")).isEqualTo(CliCommand.FAILED);
    }

    @Test
    void unknownOptionsAndStrayArgumentsAreBadUsage() {
        assertThat(dispatch("--runonce")).isEqualTo(CliCommand.USAGE);
        assertThat(output()).contains("Onbekende opdracht --runonce");
        assertThat(dispatch("--run-once", "--organisatie=x")).isEqualTo(CliCommand.USAGE);
        assertThat(dispatch("los-argument")).isEqualTo(CliCommand.USAGE);
        assertThat(dispatch("--run-once", "--demo")).isEqualTo(CliCommand.USAGE);
    }

    @Test
    void settingsAndSpringSwitchesAreNoCommand() {
        assertThat(CommandLineArguments.requestsCommand("--mvi.schedule.cron=0 0 * * * ?", "--debug")).isFalse();
        assertThat(CommandLineArguments.requestsCommand()).isFalse();
        assertThat(CommandLineArguments.requestsCommand("--run-once")).isTrue();
        assertThat(CommandLineArguments.requestsCommand("bestand.xlsx")).isTrue();
    }

    @Test
    void withoutACommandTheServiceKeepsRunning() {
        commandLine.run(new DefaultApplicationArguments("--mvi.schedule.enabled=true"));

        assertThat(commandLine.exitCode()).isEmpty();
    }

    private int dispatch(String... args) {
        commandLine.run(new DefaultApplicationArguments(args));
        return commandLine.exitCode().orElseThrow();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static CliCommand command(String option, int exitCode, Set<String> accepted) {
        return new CliCommand() {
            @Override
            public String option() {
                return option;
            }

            @Override
            public String descriptionNl() {
                return "Test " + option + ".";
            }

            @Override
            public Set<String> acceptedOptions() {
                return accepted;
            }

            @Override
            public int execute(ApplicationArguments args) {
                return exitCode;
            }
        };
    }
}
