package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import nl.mvimonitor.sync.store.SubmissionQueries;

/**
 * One workbook a run publishes.
 *
 * @param target where the workbook goes
 * @param writer what writes it
 */
public record OutputWorkbook(Path target, Writer writer) {

    public OutputWorkbook {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writer, "writer");
    }

    /** Writes the workbook. */
    @FunctionalInterface
    public interface Writer {

        /**
         * {@code clock} is fixed at the moment the inputs last changed, so writing again from the same inputs gives
         * the same cell values.
         */
        void write(SubmissionQueries data, LoadedGoals goals, Clock clock, OutputStream out) throws IOException;
    }
}
