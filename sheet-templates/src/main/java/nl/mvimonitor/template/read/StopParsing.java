package nl.mvimonitor.template.read;

import org.xml.sax.SAXException;

/** Thrown by a handler that has read all it needs from a part; ends the parse early and is not an error. */
final class StopParsing extends SAXException {

    private static final long serialVersionUID = 1L;

    StopParsing() {
        super("enough read");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // control flow, not a failure: no stack trace to fill
        return this;
    }
}
