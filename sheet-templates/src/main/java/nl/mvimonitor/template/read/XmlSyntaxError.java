package nl.mvimonitor.template.read;

import org.xml.sax.SAXException;

/**
 * The part is not well-formed XML, as {@link QuickXml} found. Treated like the JDK parser's fatal error: the reader
 * classifies the part (refused DOCTYPE or damaged) and quarantines the file. The message is for developers only; it
 * never holds the part's content.
 * A {@link XmlLimitExceeded} is the one kind that names another cause.
 */
class XmlSyntaxError extends SAXException {

    private static final long serialVersionUID = 1L;

    XmlSyntaxError(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // a hostile file can cause many of these; where it was found is in the message
        return this;
    }
}
