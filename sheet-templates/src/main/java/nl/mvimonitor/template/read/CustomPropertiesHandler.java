package nl.mvimonitor.template.read;

import java.util.HashMap;
import java.util.Map;

import org.xml.sax.Attributes;

/** Reads {@code docProps/custom.xml}: custom document property name to its value as text. */
final class CustomPropertiesHandler extends PartHandler {

    private static final int MAX_VALUE_CHARS = 1_000;

    private final Map<String, String> properties = new HashMap<>();
    private final CellText value = new CellText(MAX_VALUE_CHARS);
    private String current;
    private int depth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("property".equals(local(qName))) {
            current = attributes.getValue("name");
            value.clear();
            depth = 0;
        } else if (current != null) {
            depth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("property".equals(local(qName))) {
            if (current != null) {
                properties.put(current, value.value().trim());
            }
            current = null;
        } else if (current != null) {
            depth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current != null && depth > 0 && !value.append(ch, start, length)) {
            throw value.tooLong("de documenteigenschappen");
        }
    }

    Map<String, String> properties() {
        return properties;
    }
}
