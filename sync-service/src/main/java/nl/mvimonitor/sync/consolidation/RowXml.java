package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes rows as SpreadsheetML {@code <row>} elements for the per-submission tabs. The rows carry no row numbers
 * ({@code r} is optional in ECMA-376 and means "the row after the previous one"), so the same bytes are valid
 * wherever the submission's rows land in the tab; that is what lets a run reuse them until the submission changes.
 * A column skipped inside a row becomes an empty {@code <c/>}, because cells without {@code r} are positional too.
 * Texts are inline strings, as POI's streaming writer writes them, so rows need no shared-strings table.
 */
final class RowXml {

    private final StringBuilder xml = new StringBuilder(4096);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private int rows;
    private int nextColumn = -1;

    /** Starts a row; the cells written next belong to it. */
    CellTarget newRow() {
        closeRow();
        xml.append("<row>");
        rows++;
        nextColumn = 0;
        return target;
    }

    int rows() {
        return rows;
    }

    /** The UTF-8 bytes of all rows written; ends the current row. */
    byte[] toBytes() {
        closeRow();
        flush();
        return bytes.toByteArray();
    }

    private final CellTarget target = new CellTarget() {
        @Override
        public void text(int column, String value, CellStyle style) {
            startCell(column, style);
            xml.append(" t=\"inlineStr\"><is><t");
            if (needsPreserve(value)) {
                xml.append(" xml:space=\"preserve\"");
            }
            xml.append('>');
            escape(value);
            xml.append("</t></is></c>");
        }

        @Override
        public void number(int column, double value, CellStyle style) {
            startCell(column, style);
            xml.append("><v>").append(Double.toString(value)).append("</v></c>");
        }
    };

    private void startCell(int column, CellStyle style) {
        if (column < nextColumn) {
            throw new IllegalStateException("cells of a row must be written left to right: " + column);
        }
        for (; nextColumn < column; nextColumn++) {
            xml.append("<c/>");
        }
        nextColumn = column + 1;
        xml.append("<c s=\"").append(style.getIndex()).append('"');
    }

    private void closeRow() {
        if (nextColumn >= 0) {
            xml.append("</row>");
            nextColumn = -1;
            if (xml.length() > 1 << 16) {
                flush();
            }
        }
    }

    private void flush() {
        bytes.writeBytes(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
    }

    private static boolean needsPreserve(String value) {
        return !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
    }

    /** XML text escaping; characters XML 1.0 cannot hold become '?', as in POI's streaming writer. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                // a raw CR would be read back as LF (XML line-end normalisation)
                case '\r' -> xml.append("&#13;");
                case '\t', '\n' -> xml.append(c);
                default -> xml.append(isXmlChar(c) ? c : '?');
            }
        }
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
