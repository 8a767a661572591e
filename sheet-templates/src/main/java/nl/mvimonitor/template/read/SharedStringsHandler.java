package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;

/**
 * Reads {@code xl/sharedStrings.xml}: one text per {@code <si>}, rich text runs concatenated, phonetic runs
 * ({@code <rPh>}) skipped. The declared count is not trusted for sizing.
 */
final class SharedStringsHandler extends PartHandler {

    /** The elements the handler acts on; the constants below are their indexes. */
    private static final String[] ELEMENTS = {"t", "si", "rPh"};
    private static final int TEXT = 0;
    private static final int ITEM = 1;
    private static final int PHONETIC = 2;

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
        switch (which(qName, ELEMENTS)) {
            case TEXT -> capturing = inItem && !inPhonetic;
            case ITEM -> {
                inItem = true;
                text.clear();
            }
            case PHONETIC -> inPhonetic = true;
            default -> {
                // run properties and phonetic settings carry no text
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (which(qName, ELEMENTS)) {
            case TEXT -> capturing = false;
            case ITEM -> {
                strings.add(text.value());
                inItem = false;
            }
            case PHONETIC -> inPhonetic = false;
            default -> {
                // nothing was started for other elements
            }
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
