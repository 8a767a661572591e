package nl.mvimonitor.sync;

import java.io.PrintStream;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;

/**
 * When the application cannot start, prints one Dutch line on the console saying why and where (for instance: the
 * database is in use by another MVI-monitor process) instead of Spring's report and the stack traces of every layer
 * (159 lines for a locked H2 database); the details go to the log file at DEBUG. Registered in
 * {@code META-INF/spring.factories} ahead of Spring Boot's failure analyzers, which then stay silent.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StartupFailureReporter implements SpringBootExceptionReporter {

    private static final Logger LOG = LoggerFactory.getLogger(StartupFailureReporter.class);

    private final ConfigurableApplicationContext context;
    private final PrintStream console;

    public StartupFailureReporter(ConfigurableApplicationContext context) {
        this(context, System.err);
    }

    StartupFailureReporter(ConfigurableApplicationContext context, PrintStream console) {
        this.context = context;
        this.console = console;
    }

    @Override
    public boolean reportException(Throwable failure) {
        try {
            String line = lineNl(failure);
            console.println(line);
            LOG.debug(line, failure);
        } catch (RuntimeException e) {
            console.println("MVI Monitor kon niet starten (" + failure.getClass().getSimpleName() + ").");
        }
        return true;
    }

    String lineNl(Throwable failure) {
        Environment environment = context == null ? null : context.getEnvironment();
        ServicePlaces places = environment == null ? ServicePlaces.none() : ConfiguredPlaces.from(environment);
        String logFile = environment == null ? null : environment.getProperty("logging.file.name");
        return "MVI Monitor kon niet starten: " + FailureText.reason(failure, places) + "."
                + (logFile == null || logFile.isBlank() ? ""
                        : " Details staan in het logbestand " + Path.of(logFile).toAbsolutePath().normalize() + ".");
    }
}
