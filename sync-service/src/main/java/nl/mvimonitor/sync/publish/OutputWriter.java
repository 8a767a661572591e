package nl.mvimonitor.sync.publish;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one output to a stream; the publisher decides where the bytes end up. */
@FunctionalInterface
public interface OutputWriter {

    void write(OutputStream out) throws IOException;
}
