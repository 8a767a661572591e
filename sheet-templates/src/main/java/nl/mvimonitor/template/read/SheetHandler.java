package nl.mvimonitor.template.read;

import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Streams a worksheet part: {@code <row>} and {@code <c>} elements, with or without {@code r} attributes (missing
 * ones are counted on from the previous row or cell). Only cells the {@link RowSink} wants are converted. Enforces
 * the sheet limits: rows with a value and the rightmost column with a value.
 */
final class SheetHandler extends PartHandler {

    /** Excel's last row; a higher row number is not a valid sheet. */
    static final int MAX_EXCEL_ROW = 1_048_576;

    private final String sheetName;
    private final CellDecoder decoder;
    private final ReadLimits limits;
    private final RowSink sink;
    private final CellText text;

    private int row;
    private int valueRows;
    private boolean rowHasValue;
    private int column;
    private String type;
    private int style;
    private boolean cellHasValue;
    private boolean wanted;
    private boolean capturing;
    private boolean inInline;
    private boolean inPhonetic;

    SheetHandler(String sheetName, CellDecoder decoder, ReadLimits limits, RowSink sink) {
        this.sheetName = sheetName;
        this.decoder = decoder;
        this.limits = limits;
        this.sink = sink;
        this.text = new CellText(limits.maxCellChars());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (local(qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                cellHasValue = true;
                capturing = wanted;
            }
            case "is" -> {
                inInline = true;
                cellHasValue = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> capturing = wanted && inInline && !inPhonetic;
            default -> {
                // formulas, sheet properties, merged cells, ... carry nothing the reader needs
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(qName)) {
            case "v", "t" -> capturing = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing && !text.append(ch, start, length)) {
            throw text.tooLong("cel " + new CellRef(sheetName, row, column).a1());
        }
    }

    private void startRow(String reference) throws SAXException {
        row = reference == null ? row + 1 : rowNumber(reference);
        if (row < 1 || row > MAX_EXCEL_ROW) {
            throw FileRejected.corrupt("tabblad '" + sheetName + "' heeft een ongeldig rijnummer");
        }
        rowHasValue = false;
        column = -1;
        sink.startRow(row);
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null ? column + 1 : columnIndex(reference);
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? -1 : styleIndex(s);
        cellHasValue = false;
        inInline = false;
        inPhonetic = false;
        wanted = sink.wants(column);
        text.clear();
    }

    private void endCell() {
        capturing = false;
        if (!cellHasValue) {
            return;
        }
        if (column >= limits.maxColumns()) {
            throw FileRejected.tooLarge("tabblad '" + sheetName + "' heeft gegevens voorbij kolom "
                    + CellRef.columnLetters(limits.maxColumns() - 1));
        }
        rowHasValue = true;
        if (wanted) {
            RawCell cell = decoder.decode(new CellRef(sheetName, row, column), type, style, text);
            if (cell != null) {
                sink.cell(cell);
            }
        }
    }

    private void endRow() throws SAXException {
        if (rowHasValue && ++valueRows > limits.maxRowsPerSheet()) {
            throw FileRejected.tooLarge(String.format(Locale.forLanguageTag("nl-NL"),
                    "tabblad '%s' heeft meer dan %,d rijen met gegevens", sheetName, limits.maxRowsPerSheet()));
        }
        sink.endRow(row);
    }

    private int rowNumber(String reference) {
        try {
            return Integer.parseInt(reference.trim());
        } catch (NumberFormatException e) {
            throw FileRejected.corrupt("tabblad '" + sheetName + "' heeft een ongeldig rijnummer");
        }
    }

    /** The column of a reference such as {@code AB12}; only the letters count. */
    private int columnIndex(String reference) {
        int index = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                index = index * 26 + (Character.toUpperCase(c) - 'A' + 1);
                letters++;
            } else {
                break;
            }
        }
        // Excel's last column is XFD (16384): three letters at most
        if (letters == 0 || letters > 3) {
            throw FileRejected.corrupt("tabblad '" + sheetName + "' heeft een ongeldige celverwijzing");
        }
        return index - 1;
    }

    private int styleIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
