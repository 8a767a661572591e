package nl.mvimonitor.sync.logging;

import java.io.PrintStream;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;

/**
 * The log file, when it can be written. A log folder the service account may not write (made by root at install, a
 * file in its place) would otherwise stop the start with a stack trace from Spring Boot; instead the console gets one
 * Dutch line and the service runs on without a log file.
 */
public class OptionalFileAppender extends RollingFileAppender<ILoggingEvent> {

    private Throwable failure;
    private PrintStream console = System.err;

    @Override
    public void start() {
        super.start();
        if (!isStarted()) {
            console.println("Het logbestand " + getFile() + " kan niet worden geschreven ("
                    + (failure == null ? "onbekende oorzaak" : FailureText.reason(failure, ServicePlaces.none()))
                    + "); de dienst draait door zonder logbestand. Zet logging.file.name op een map die het account"
                    + " van de dienst mag schrijven.");
        }
    }

    /** Not started: the events are dropped without logback's own warning for each one. */
    @Override
    public void doAppend(ILoggingEvent event) {
        if (isStarted()) {
            super.doAppend(event);
        }
    }

    /**
     * Logback's errors would make Spring Boot refuse to start, its warnings would be printed besides the Dutch line;
     * the service can do without its log file.
     */
    @Override
    public void addError(String message, Throwable cause) {
        failure = failure == null ? cause : failure;
        addInfo(message, cause);
    }

    @Override
    public void addError(String message) {
        addInfo(message);
    }

    void printTo(PrintStream console) {
        this.console = console;
    }
}
