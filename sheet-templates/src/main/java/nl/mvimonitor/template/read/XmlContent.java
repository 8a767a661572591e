package nl.mvimonitor.template.read;

import java.io.IOException;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The character data between tags for {@link QuickXml}: text with its references and line ends, CDATA sections, and
 * the comments and processing instructions it skips. Text goes to the handler in chunks, before the next tag.
 */
final class XmlContent {

    private static final int CHUNK = 8192;

    private final XmlInput input;
    private final char[] chars = new char[CHUNK];
    private int length;
    private ContentHandler handler;

    XmlContent(XmlInput input) {
        this.input = input;
    }

    void start(ContentHandler contentHandler) {
        this.handler = contentHandler;
        this.length = 0;
    }

    void finish() {
        this.handler = null;
    }

    /** Reports the text read so far. */
    void flush() throws SAXException {
        if (length > 0) {
            handler.characters(chars, 0, length);
            length = 0;
        }
    }

    /** Reads text up to the next {@code <}; the hot loop of a sheet. */
    void text() throws IOException, SAXException {
        XmlInput in = input;
        byte[] b = in.bytes;
        int p = in.position;
        int limit = in.limit;
        while (true) {
            if (limit - p < XmlChars.MAX_REFERENCE + 1) {
                // near the window's end: refill so that no character, line end, "]]>" or reference is cut
                in.position = p;
                if (!in.require(XmlChars.MAX_REFERENCE + 1) && in.limit == in.position) {
                    throw new XmlSyntaxError("the part ends inside an element");
                }
                b = in.bytes;
                p = in.position;
                limit = in.limit;
            }
            if (length > CHUNK - 2) {
                flush();
            }
            int c = b[p];
            if (c >= 0x20 && c != '<' && c != '&' && c != ']') {
                chars[length++] = (char) c;
                p++;
            } else if (c == '<') {
                in.position = p;
                return;
            } else {
                p = special(b, p, limit, c);
            }
        }
    }

    /** A byte of text other than plain ASCII; returns the position after the character it starts. */
    private int special(byte[] b, int p, int limit, int c) throws XmlSyntaxError {
        if (c == '&') {
            long decoded = XmlChars.reference(b, p, limit);
            put(XmlChars.codePoint(decoded));
            return XmlChars.after(decoded);
        }
        if (c == ']') {
            if (p + 2 < limit && b[p + 1] == ']' && b[p + 2] == '>') {
                throw new XmlSyntaxError("']]>' in text");
            }
            chars[length++] = ']';
            return p + 1;
        }
        if (c == '\n' || c == '\t') {
            chars[length++] = (char) c;
            return p + 1;
        }
        if (c == '\r') {
            chars[length++] = '\n';
            return p + 1 < limit && b[p + 1] == '\n' ? p + 2 : p + 1;
        }
        if (c < 0) {
            long decoded = XmlChars.utf8(b, p, limit);
            put(XmlChars.codePoint(decoded));
            return XmlChars.after(decoded);
        }
        throw new XmlSyntaxError("control character not allowed in XML");
    }

    private void put(int codePoint) {
        if (codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            chars[length++] = Character.highSurrogate(codePoint);
            chars[length++] = Character.lowSurrogate(codePoint);
        } else {
            chars[length++] = (char) codePoint;
        }
    }

    /** At {@code <![CDATA[}: its characters are text. */
    void cdata() throws IOException, SAXException {
        input.position += "<![CDATA[".length();
        until("]]>", true, false);
    }

    /** At {@code <!--}: skipped, but its characters must be valid and it may not hold {@code --}. */
    void comment() throws IOException, SAXException {
        input.position += "<!--".length();
        until("-->", false, true);
    }

    /** At {@code <?} (not an XML declaration): a target name, then anything up to {@code ?>}. */
    void processingInstruction() throws IOException, SAXException {
        input.position += "<?".length();
        if (!input.require(1) || !XmlChars.nameStart(input.bytes[input.position])) {
            throw new XmlSyntaxError("processing instruction without a target");
        }
        while (input.require(1) && XmlChars.nameByte(input.bytes[input.position])) {
            int c = input.bytes[input.position];
            if (c < 0) {
                input.require(XmlChars.sequenceLength(c));
                input.position = XmlChars.after(XmlChars.utf8(input.bytes, input.position, input.limit));
            } else {
                input.position++;
            }
        }
        if (!input.require(2) || !XmlChars.space(input.bytes[input.position])
                && !(input.bytes[input.position] == '?' && input.bytes[input.position + 1] == '>')) {
            throw new XmlSyntaxError("invalid processing instruction");
        }
        until("?>", false, false);
    }

    /** Reads up to and past {@code end}, checking each character and keeping them as text if asked. */
    private void until(String end, boolean keep, boolean comment) throws IOException, SAXException {
        XmlInput in = input;
        while (true) {
            if (!in.require(end.length())) {
                throw new XmlSyntaxError("the part ends before '" + end + "'");
            }
            byte[] b = in.bytes;
            int p = in.position;
            if (at(b, p, end)) {
                in.position = p + end.length();
                return;
            }
            int c = b[p];
            if (comment && c == '-' && b[p + 1] == '-') {
                throw new XmlSyntaxError("'--' inside a comment");
            }
            if (length > CHUNK - 2) {
                flush();
            }
            if (c < 0) {
                in.require(XmlChars.sequenceLength(c));
                long decoded = XmlChars.utf8(in.bytes, in.position, in.limit);
                if (keep) {
                    put(XmlChars.codePoint(decoded));
                }
                in.position = XmlChars.after(decoded);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new XmlSyntaxError("control character not allowed in XML");
            } else {
                if (keep) {
                    chars[length++] = c == '\r' ? '\n' : (char) c;
                }
                in.position = c == '\r' && b[p + 1] == '\n' ? p + 2 : p + 1;
            }
        }
    }

    private static boolean at(byte[] b, int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[p + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
