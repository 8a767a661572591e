package nl.mvimonitor.template.read;

import javax.xml.stream.XMLStreamReader;

import org.xml.sax.Attributes;

/**
 * The attributes of the start tag the parser is on, as SAX without namespaces gives them: qualified names, type
 * CDATA. A view of the {@link XMLStreamReader}: values become Strings only when a handler asks, as most attributes
 * of a sheet (styles of cells nobody reads) never do. Valid only during {@code startElement}.
 */
final class StaxAttributes implements Attributes {

    private static final String CDATA = "CDATA";

    private XMLStreamReader reader;
    private int count;

    /** Views the attributes of the reader's current start tag. */
    void on(XMLStreamReader current) {
        reader = current;
        count = current.getAttributeCount();
    }

    void release() {
        reader = null;
        count = 0;
    }

    @Override
    public int getLength() {
        return count;
    }

    @Override
    public String getURI(int index) {
        return valid(index) ? "" : null;
    }

    @Override
    public String getLocalName(int index) {
        return valid(index) ? "" : null;
    }

    @Override
    public String getQName(int index) {
        return valid(index) ? StaxPartParser.qualified(reader.getAttributePrefix(index),
                reader.getAttributeLocalName(index)) : null;
    }

    @Override
    public String getType(int index) {
        return valid(index) ? CDATA : null;
    }

    @Override
    public String getValue(int index) {
        return valid(index) ? reader.getAttributeValue(index) : null;
    }

    @Override
    public int getIndex(String uri, String localName) {
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < count; i++) {
            if (is(i, qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return null;
    }

    @Override
    public String getType(String qName) {
        return getIndex(qName) < 0 ? null : CDATA;
    }

    @Override
    public String getValue(String uri, String localName) {
        return null;
    }

    @Override
    public String getValue(String qName) {
        return getValue(getIndex(qName));
    }

    private boolean valid(int index) {
        return index >= 0 && index < count;
    }

    /** Whether attribute {@code i} has this qualified name, without making its qualified name. */
    private boolean is(int i, String qName) {
        String prefix = reader.getAttributePrefix(i);
        String local = reader.getAttributeLocalName(i);
        if (prefix == null || prefix.isEmpty()) {
            return local.equals(qName);
        }
        return qName.length() == prefix.length() + 1 + local.length() && qName.startsWith(prefix)
                && qName.charAt(prefix.length()) == ':' && qName.endsWith(local);
    }
}
