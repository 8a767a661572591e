package nl.mvimonitor.template.read;

import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Streams a worksheet part: {@code <row>} and {@code <c>} elements, with or without {@code r} attributes (missing
 * ones are counted on from the previous row or cell). Only cells the {@link RowSink} wants are converted. Enforces
 * the sheet limits: rows with a value and the rightmost column with a value.
 *
 * <p>A defect in the sheet's structure (a repeated or unordered row or cell, a cell that cannot be decoded) does not
 * end the parse at once: the rest of the sheet is still measured against the limits, without passing anything to the
 * sink, and the defect is thrown at the end only if no limit was passed first. A zip bomb made of one row repeated
 * millions of times is so named as a bomb or as too large, not as a damaged file.
 */
final class SheetHandler extends PartHandler {

    /** Excel's last row; a higher row number is not a valid sheet. */
    static final int MAX_EXCEL_ROW = 1_048_576;

    /** The elements the reader acts on, most frequent first; the constants below are their indexes. */
    private static final String[] ELEMENTS = {"c", "v", "row", "t", "is", "rPh"};
    private static final int CELL = 0;
    private static final int VALUE = 1;
    private static final int ROW = 2;
    private static final int TEXT = 3;
    private static final int INLINE = 4;
    private static final int PHONETIC = 5;

    private final String sheetName;
    private final CellDecoder decoder;
    private final ReadLimits limits;
    private final RowSink sink;
    private final CellText text;

    private int row;
    private int valueRows;
    private boolean rowHasValue;
    private int column;
    private String reference;
    private String type;
    private int style;
    private boolean cellHasValue;
    private boolean wanted;
    private boolean capturing;
    private boolean inInline;
    private boolean inPhonetic;
    /** The first structural defect found; from then on the sheet is only measured. */
    private FileRejected defect;

    SheetHandler(String sheetName, CellDecoder decoder, ReadLimits limits, RowSink sink) {
        this.sheetName = sheetName;
        this.decoder = decoder;
        this.limits = limits;
        this.sink = sink;
        this.text = new CellText(limits.maxCellChars());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (which(qName, ELEMENTS)) {
            case CELL -> startCell(attributes);
            case VALUE -> {
                cellHasValue = true;
                capturing = wanted;
            }
            case ROW -> startRow(attributes);
            case TEXT -> capturing = wanted && inInline && !inPhonetic;
            case INLINE -> {
                inInline = true;
                cellHasValue = true;
            }
            case PHONETIC -> inPhonetic = true;
            default -> {
                // formulas, sheet properties, merged cells, ... carry nothing the reader needs
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (which(qName, ELEMENTS)) {
            case CELL -> endCell();
            case VALUE, TEXT -> capturing = false;
            case ROW -> endRow();
            case INLINE -> inInline = false;
            case PHONETIC -> inPhonetic = false;
            default -> {
                // nothing was started for other elements
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing && !text.append(ch, start, length)) {
            throw text.tooLong("cel " + new CellRef(sheetName, row, column).a1());
        }
    }

    private void startRow(Attributes attributes) throws SAXException {
        String rowReference = null;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            if ("r".equals(attributes.getQName(i))) {
                rowReference = attributes.getValue(i);
            }
        }
        int number = rowReference == null ? row + 1 : CellAddress.digits(rowReference);
        // rows and cells must ascend, as the file format requires: this also bounds what any row can hold
        if (defect == null) {
            defect = rowDefect(number);
        }
        row = number > row && number <= MAX_EXCEL_ROW ? number : row + 1;
        rowHasValue = false;
        column = -1;
        if (defect == null) {
            sink.startRow(row);
        }
    }

    private FileRejected rowDefect(int number) {
        String problem;
        if (number <= 0) {
            problem = "een ongeldig rijnummer";
        } else if (number > MAX_EXCEL_ROW) {
            problem = String.format(Locale.forLanguageTag("nl-NL"),
                    "een rijnummer voorbij de laatste rij van Excel (%,d)", MAX_EXCEL_ROW);
        } else if (number == row) {
            problem = "rij " + row + " twee keer";
        } else if (number < row) {
            problem = "rijen die niet op volgorde staan (rij " + number + " na rij " + row + ")";
        } else {
            return null;
        }
        return FileRejected.corrupt("tabblad '" + sheetName + "' heeft " + problem);
    }

    private void startCell(Attributes attributes) {
        int styleAttribute = readCellAttributes(attributes);
        int index = reference == null ? column + 1 : CellAddress.column(reference);
        if (defect == null && index < 0) {
            defect = FileRejected.corrupt("tabblad '" + sheetName + "' heeft een ongeldige celverwijzing in rij "
                    + row);
        } else if (defect == null && index <= column) {
            defect = FileRejected.corrupt("tabblad '" + sheetName + "' heeft cellen die niet op volgorde staan in rij "
                    + row);
        }
        column = index < 0 ? column + 1 : index;
        cellHasValue = false;
        inInline = false;
        inPhonetic = false;
        wanted = defect == null && sink.wants(column);
        boolean number = type == null || "n".equals(type);
        // the JDK parser builds an attribute's String only when asked: fetch the style only where the format matters
        style = wanted && number && styleAttribute >= 0 ? CellAddress.digits(attributes.getValue(styleAttribute)) : -1;
        text.clear();
    }

    /** Sets {@link #reference} and {@link #type} in one pass; returns the index of the style attribute, or -1. */
    private int readCellAttributes(Attributes attributes) {
        reference = null;
        type = null;
        int styleAttribute = -1;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String name = attributes.getQName(i);
            if (name.length() == 1) {
                switch (name.charAt(0)) {
                    case 'r' -> reference = attributes.getValue(i);
                    case 't' -> type = attributes.getValue(i);
                    case 's' -> styleAttribute = i;
                    default -> {
                        // other attributes (cm, vm, ph) do not change the value
                    }
                }
            }
        }
        return styleAttribute;
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
            RawCell cell = decode();
            if (cell != null) {
                sink.cell(cell);
            }
        }
    }

    /** The wanted cell, or null; a cell that cannot be decoded is a defect, reported after the limits. */
    private RawCell decode() {
        try {
            return decoder.decode(new CellRef(sheetName, row, column), type, style, text);
        } catch (FileRejected rejected) {
            if (rejected.rule() != RuleCode.BESTAND_BESCHADIGD) {
                throw rejected;
            }
            defect = rejected;
            wanted = false;
            return null;
        }
    }

    private void endRow() throws SAXException {
        if (rowHasValue && ++valueRows > limits.maxRowsPerSheet()) {
            throw FileRejected.tooLarge(String.format(Locale.forLanguageTag("nl-NL"),
                    "tabblad '%s' heeft meer dan %,d rijen met gegevens", sheetName, limits.maxRowsPerSheet()));
        }
        if (defect == null) {
            sink.endRow(row);
        }
    }

    @Override
    public void endDocument() {
        if (defect != null) {
            throw defect;
        }
    }

}
