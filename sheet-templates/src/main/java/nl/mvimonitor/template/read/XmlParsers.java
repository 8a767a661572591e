package nl.mvimonitor.template.read;

import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLInputFactory2;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The StAX parser every xlsx part is parsed with, configured for untrusted input: no DTD (a DOCTYPE is reported to
 * {@link StaxPartParser}, which refuses it), no external entities, no entity replacement beyond the predefined
 * five and character references, and Woodstox's own bounds on nesting, attributes and their sizes and text, set
 * just at the reader's limits ({@link XmlLimits}) so that the limit a hostile part passes is named. A factory is
 * thread-safe once configured; one serves every read.
 */
final class XmlParsers {

    private XmlParsers() {
    }

    /** Woodstox, hardened. */
    static XMLInputFactory hardened() {
        XMLInputFactory2 factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        // the handlers take prefixed names as they come (some producers prefix SpreadsheetML), as SAX without
        // namespaces gave them; an undeclared prefix is no reason to refuse a workbook
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        // text may come in pieces, as SAX gives it: the handlers join it, and nothing is buffered twice
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, false);
        factory.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        // errors surface from next(), where the adapter turns them into findings, not lazily from getText()
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, XmlLimits.MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, XmlLimits.MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, XmlLimits.MAX_TOKEN);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, XmlLimits.MAX_TEXT);
        return factory;
    }

    /**
     * The reader's limit a parser failure stands for, or null when it is plain broken XML. Woodstox reports a
     * passed limit as a bare {@link XMLStreamException} (its syntax errors are subclasses) whose message names the
     * limit.
     */
    static XmlLimitExceeded limitOf(XMLStreamException e) {
        if (e.getClass() != XMLStreamException.class || e.getMessage() == null) {
            return null;
        }
        String message = e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("element depth")) {
            return XmlLimits.tooDeep();
        }
        if (message.contains("attribute size")) {
            return XmlLimits.tokenTooLong();
        }
        if (message.startsWith("attribute limit")) {
            return XmlLimits.tooManyAttributes();
        }
        if (message.contains("text")) {
            return XmlLimits.textTooLong();
        }
        if (message.contains(" limit")) {
            return new XmlLimitExceeded(e.getMessage(), "een opbouw voorbij de grenzen die de lezer stelt");
        }
        return null;
    }
}
