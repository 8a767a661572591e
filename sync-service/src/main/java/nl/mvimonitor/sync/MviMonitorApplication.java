package nl.mvimonitor.sync;

import java.time.Clock;
import java.time.ZoneId;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import nl.mvimonitor.sync.failure.ServicePlaces;
import nl.mvimonitor.sync.run.CliCommand;
import nl.mvimonitor.sync.run.CommandLine;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;

/** The MVI Monitor sync service: pulls project sheets, validates them and writes the MVI team's and board's workbooks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MviMonitorApplication {

    /** Dutch organisations read dates and times in Dutch time, wherever the server runs. */
    static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");

    public static void main(String[] args) {
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(MviMonitorApplication.class, args);
        } catch (RuntimeException e) {
            // StartupFailureReporter has printed the one Dutch line; no stack trace on the console
            System.exit(CliCommand.FAILED);
            return;
        }
        OptionalInt exitCode = context.getBean(CommandLine.class).exitCode();
        if (exitCode.isPresent()) {
            System.exit(SpringApplication.exit(context, exitCode::getAsInt));
        }
    }

    /**
     * Runs the application with a command and returns its exit code instead of exiting: for tests and for
     * embedding. Without a command in {@code args} this returns 0 right after start-up.
     */
    public static int runCommand(String... args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(MviMonitorApplication.class, args)) {
            return context.getBean(CommandLine.class).exitCode().orElse(0);
        }
    }

    @Bean
    TemplateSchema templateSchema() {
        return SchemaLoader.current();
    }

    /** The configured folders and files, by which failures say where they happened. */
    @Bean
    ServicePlaces servicePlaces(Environment environment) {
        return ConfiguredPlaces.from(environment);
    }

    @Bean
    Clock clock() {
        return Clock.system(TIME_ZONE);
    }
}
