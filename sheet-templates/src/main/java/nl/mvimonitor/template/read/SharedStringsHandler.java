package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;

/**
 * Reads {@code xl/sharedStrings.xml}: one text per {@code <si>}, rich text runs concatenated, phonetic runs
 * ({@code <rPh>}) skipped. The declared count is not trusted for sizing.
 */
final class SharedStringsHandler extends PartHandler {

    private final List<String> strings = new ArrayList<>();
    private final CellText text;
    private final String partName;
    private boolean inItem;
    private boolean inPhonetic;
    private boolean capturing;

    SharedStringsHandler(int maxCellChars, String partName) {
        this.text = new CellText(maxCellChars);
        this.partName = partName;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (is(qName, "t")) {
            capturing = inItem && !inPhonetic;
        } else if (is(qName, "si")) {
            inItem = true;
            text.clear();
        } else if (is(qName, "rPh")) {
            inPhonetic = true;
        }
        // run properties and phonetic settings carry no text
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (is(qName, "t")) {
            capturing = false;
        } else if (is(qName, "si")) {
            strings.add(text.value());
            inItem = false;
        } else if (is(qName, "rPh")) {
            inPhonetic = false;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing && !text.append(ch, start, length)) {
            throw text.tooLong("de gedeelde teksten (" + partName + ")");
        }
    }

    String[] strings() {
        return strings.toArray(String[]::new);
    }
}
