package nl.mvimonitor.template.read;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Base of the handlers for xlsx parts. The parser is not namespace aware (faster, and some producers prefix the
 * SpreadsheetML namespace), so names are compared without their prefix.
 */
abstract class PartHandler extends DefaultHandler {

    /** {@code x:row} -> {@code row}. */
    static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * Which of {@code names} the local name of {@code qName} (after its last colon, whatever the prefix) is: its
     * index, or -1. Cheaper than {@code switch (local(qName))} in the hot sheet loop: the parser passes fresh name
     * Strings, and a String switch would hash each of them; a name of another length costs one comparison.
     */
    static int which(String qName, String... names) {
        int start = qName.lastIndexOf(':') + 1;
        int length = qName.length() - start;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.length() == length && qName.startsWith(name, start)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the attribute with this local name, whatever its prefix ({@code r:id}), or null. */
    static String attribute(Attributes attributes, String localName) {
        String plain = attributes.getValue(localName);
        if (plain != null) {
            return plain;
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String qName = attributes.getQName(i);
            if (qName.endsWith(localName) && local(qName).equals(localName)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
