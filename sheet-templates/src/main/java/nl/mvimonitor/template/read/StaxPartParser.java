package nl.mvimonitor.template.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Pulls a part's events from a hardened StAX parser ({@link XmlParsers}) and hands them to a SAX handler as the
 * JDK's parser without namespaces did: qualified names, attributes in order, text (CDATA included) in pieces, and
 * nothing outside the root element. A DOCTYPE anywhere ends the parse as {@link DoctypeFound}, before any of its
 * declarations is used; an entity the parser cannot replace is broken XML. Checks the {@link XmlLimits} the parser
 * does not enforce itself. Not thread-safe: one per read.
 */
final class StaxPartParser {

    private final XMLInputFactory factory;
    private final StaxAttributes attributes = new StaxAttributes();

    StaxPartParser(XMLInputFactory factory) {
        this.factory = factory;
    }

    /**
     * Parses a part into the handler, to its end or until the handler stops it.
     *
     * @throws XmlLimitExceeded  when the part passes a limit of {@link XmlLimits}
     * @throws DoctypeFound      when the part has a DOCTYPE
     * @throws XMLStreamException when the part is not well-formed
     * @throws SAXException      as the handler throws it
     */
    void parse(InputStream in, ContentHandler handler) throws XMLStreamException, SAXException {
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            events(reader, handler);
        } catch (XmlLimitExceeded | DoctypeFound e) {
            throw e;
        } catch (XMLStreamException e) {
            XmlLimitExceeded limit = XmlParsers.limitOf(e);
            throw limit != null ? limit : e;
        } finally {
            attributes.release();
            reader.close();
        }
    }

    private void events(XMLStreamReader reader, ContentHandler handler) throws XMLStreamException, SAXException {
        LocationInfo location = reader instanceof XMLStreamReader2 two ? two.getLocationInfo() : null;
        int depth = 0;
        long text = 0;
        handler.startDocument();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > XmlLimits.MAX_DEPTH) {
                        throw XmlLimits.tooDeep();
                    }
                    text = 0;
                    String qName = elementName(reader);
                    checkTag(reader, location);
                    attributes.on(reader);
                    handler.startElement("", "", qName, attributes);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    text = 0;
                    handler.endElement("", "", qualified(reader.getPrefix(), reader.getLocalName()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth > 0) {
                        int length = reader.getTextLength();
                        text += length;
                        if (text > XmlLimits.MAX_TEXT) {
                            throw XmlLimits.textTooLong();
                        }
                        handler.characters(reader.getTextCharacters(), reader.getTextStart(), length);
                    }
                }
                case XMLStreamConstants.DTD -> throw new DoctypeFound();
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("an undeclared entity");
                default -> {
                    // comments and processing instructions carry nothing a handler reads
                }
            }
        }
        handler.endDocument();
    }

    private static String elementName(XMLStreamReader reader) throws XmlLimitExceeded {
        String qName = qualified(reader.getPrefix(), reader.getLocalName());
        if (qName.length() > XmlLimits.MAX_NAME) {
            throw XmlLimits.nameTooLong();
        }
        return qName;
    }

    /**
     * What the parser does not bound itself: the attributes of one tag (their number, their names) and the size of
     * the tag, as far as the parser tells where it starts and ends.
     */
    private static void checkTag(XMLStreamReader reader, LocationInfo location) throws XMLStreamException {
        int count = reader.getAttributeCount();
        if (count == 0) {
            return;
        }
        if (count > XmlLimits.MAX_ATTRIBUTES) {
            throw XmlLimits.tooManyAttributes();
        }
        for (int i = 0; i < count; i++) {
            if (reader.getAttributeLocalName(i).length() > XmlLimits.MAX_NAME) {
                throw XmlLimits.nameTooLong();
            }
        }
        if (location != null) {
            long start = location.getStartingCharOffset();
            long end = location.getEndingCharOffset();
            if (start >= 0 && end - start > XmlLimits.MAX_TOKEN) {
                throw XmlLimits.tokenTooLong();
            }
        }
    }

    /** {@code x} + {@code row} -> {@code x:row}; without a prefix (or without namespaces), the name as it is. */
    static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ':' + local;
    }

    /** The part has a DOCTYPE: refused as such, whatever it declares. */
    static final class DoctypeFound extends XMLStreamException {

        private static final long serialVersionUID = 1L;

        DoctypeFound() {
            super("a DOCTYPE");
        }
    }
}
