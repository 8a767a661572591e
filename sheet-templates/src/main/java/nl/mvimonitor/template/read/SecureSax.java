package nl.mvimonitor.template.read;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The JDK's own SAX parser, hardened for untrusted xlsx parts: no DOCTYPE at all, no external entities or DTDs,
 * secure processing limits. Shared by all reads; each read takes its own {@link XMLReader}.
 */
final class SecureSax {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private final SAXParserFactory parsers;
    private final SAXParserFactory doctypeProbes;
    /**
     * Each thread's reader that refuses any DOCTYPE. Setting up a parser costs about as much as parsing a small
     * part, and the parser resets itself at the start of every parse, so a thread reuses its own.
     */
    private final ThreadLocal<XMLReader> readers;

    SecureSax() {
        parsers = factory(true);
        doctypeProbes = factory(false);
        readers = ThreadLocal.withInitial(this::newReader);
    }

    /**
     * This thread's reader that refuses any DOCTYPE. The caller sets its content handler for each parse and
     * {@linkplain #release releases} it after, so the reader keeps nothing of a file alive.
     */
    XMLReader reader() {
        return readers.get();
    }

    /** Drops the handler (and with it the file's data) from a reader taken from {@link #reader()}. */
    static void release(XMLReader reader) {
        reader.setContentHandler(NO_HANDLER);
    }

    private XMLReader newReader() {
        synchronized (parsers) {
            return reader(parsers);
        }
    }

    /**
     * A reader that lets a DOCTYPE through to a lexical handler, for telling a refused DOCTYPE apart from broken XML
     * after a failed parse; the caller must stop at {@code startDTD}, before any declaration is processed.
     */
    XMLReader newDoctypeProbe() {
        synchronized (doctypeProbes) {
            return reader(doctypeProbes);
        }
    }

    /**
     * As the JDK's default handler (fatal errors stop the parse, which the reader turns into findings; recoverable
     * errors and warnings go on), but silent: the default also prints "[Fatal Error]" with the part's line to stderr
     * for every broken or hostile file.
     */
    private static final ContentHandler NO_HANDLER = new DefaultHandler();

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings change nothing in what is read
        }

        @Override
        public void error(SAXParseException e) {
            // recoverable: the parse goes on, as without a handler
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static SAXParserFactory factory(boolean disallowDoctype) {
        // the JDK's built-in parser, whatever else is on the classpath: its security features are known
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, disallowDoctype);
            factory.setFeature(EXTERNAL_GENERAL, false);
            factory.setFeature(EXTERNAL_PARAMETER, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK SAX parser lacks a required security feature", e);
        }
        return factory;
    }

    private static XMLReader reader(SAXParserFactory factory) {
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setErrorHandler(QUIET);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create a secure SAX parser", e);
        }
    }
}
