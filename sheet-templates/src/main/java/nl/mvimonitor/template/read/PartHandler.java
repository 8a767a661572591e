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
     * True when the element {@code qName} has local name {@code name}, whatever its prefix. Cheaper than
     * {@code switch (local(qName))} in the hot sheet loop: the parser passes fresh name Strings, and a String switch
     * would hash each of them.
     */
    static boolean is(String qName, String name) {
        int start = qName.length() - name.length();
        return start >= 0 && qName.startsWith(name, start) && (start == 0 || qName.charAt(start - 1) == ':');
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
