package nl.mvimonitor.template.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A strict, streaming XML parser for the parts of an xlsx, reporting to a SAX {@link ContentHandler} the same events
 * as the JDK's parser without namespaces: qualified names, attribute values normalised, line ends normalised, the
 * predefined entities and character references replaced. It reads UTF-8 bytes straight from the part and checks
 * well-formedness as XML 1.0 asks (matching tags, one root, valid characters and UTF-8, no unknown entities, no
 * duplicate attributes); a part that is not well-formed throws {@link XmlSyntaxError}.
 *
 * <p>It takes only what Excel and other producers write: a prolog with at most an XML declaration for UTF-8,
 * comments, processing instructions and white space. Anything else in the prolog (a DOCTYPE, another encoding, a byte
 * order mark other than UTF-8's) makes {@link #parse} return false before any event, and the caller hands the part to
 * the JDK parser, which refuses a DOCTYPE as before. It is about three times faster than that parser on sheets, where
 * most of a read's time goes. Not thread-safe: one per thread, reused part after part.
 */
final class QuickXml {

    static final int WINDOW = 32 * 1024;
    /** Longest single tag (with its attributes) or reference; the JDK parser has no such limit, Excel writes < 1 kB. */
    static final int MAX_TOKEN = 1 << 20;
    private static final int MAX_DEPTH = 10_000;
    /** As the JDK's secure processing limits: names, and attributes on one element. */
    private static final int MAX_NAME = 1_000;
    private static final int MAX_ATTRIBUTES = 10_000;
    private static final int DECLARATION_LOOKAHEAD = 256;
    private static final int INCOMPLETE = -1;
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";
    private static final Pattern DECLARATION = Pattern.compile("<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*"
            + "([\"'])1\\.0\\1([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?i:utf-8)\\3)?"
            + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?:yes|no)\\5)?[ \\t\\r\\n]*\\?>");

    private final XmlInput input;
    private final XmlNames names = new XmlNames();
    private final XmlAttributes attributes = new XmlAttributes();
    private final XmlContent content;
    private String[] open = new String[16];
    private int depth;
    private ContentHandler handler;
    /** What the last scan found: the tag's name, whether it closes itself, the hash of the last name read. */
    private String tagName;
    private boolean emptyTag;
    private int nameHash;

    QuickXml() {
        this(WINDOW);
    }

    /** @param window initial size of the byte window; tests use a tiny one to cross its edge everywhere */
    QuickXml(int window) {
        this.input = new XmlInput(window, MAX_TOKEN);
        this.content = new XmlContent(input);
    }

    /**
     * Parses a part into the handler. False, before any event, when the prolog is one the JDK parser must judge.
     *
     * @throws XmlSyntaxError when the part is not well-formed
     * @throws SAXException   as the handler throws it
     */
    boolean parse(InputStream in, ContentHandler contentHandler) throws SAXException, IOException {
        input.start(in);
        handler = contentHandler;
        content.start(contentHandler);
        depth = 0;
        try {
            if (!prolog()) {
                return false;
            }
            handler.startDocument();
            startTag();
            while (depth > 0) {
                content.text();
                markup();
            }
            epilog();
            handler.endDocument();
            return true;
        } finally {
            handler = null;
            content.finish();
            input.finish();
            attributes.release();
            Arrays.fill(open, null);
        }
    }

    /** Up to the root element's {@code <}; false for anything the JDK parser must judge. */
    private boolean prolog() throws IOException, SAXException {
        if (!input.require(2)) {
            return false;
        }
        if (input.bytes[input.position] == (byte) 0xEF) {
            if (!startsWith(UTF8_BOM)) {
                return false;
            }
            input.position += 3;
        }
        if (startsWith("<?xml") && !declaration()) {
            return false;
        }
        while (true) {
            skipSpace();
            if (!input.require(2) || input.bytes[input.position] != '<') {
                return false;
            }
            byte next = input.bytes[input.position + 1];
            if (next == '?' && !startsWith("<?xml")) {
                content.processingInstruction();
            } else if (next == '!' && startsWith("<!--")) {
                content.comment();
            } else {
                return XmlChars.nameStart(next);
            }
        }
    }

    private boolean declaration() throws IOException, XmlSyntaxError {
        input.require(DECLARATION_LOOKAHEAD);
        byte[] b = input.bytes;
        int start = input.position;
        for (int p = start + 5; p + 1 < input.limit; p++) {
            if (b[p] == '?' && b[p + 1] == '>') {
                String declaration = new String(b, start, p + 2 - start, StandardCharsets.ISO_8859_1);
                if (!DECLARATION.matcher(declaration).matches()) {
                    return false;
                }
                input.position = p + 2;
                return true;
            }
        }
        return false;
    }

    /** After the root element: only white space, comments and processing instructions. */
    private void epilog() throws IOException, SAXException {
        while (true) {
            skipSpace();
            if (!input.require(1)) {
                return;
            }
            if (startsWith("<!--")) {
                content.comment();
            } else if (startsWith("<?") && !startsWithName("<?xml")) {
                content.processingInstruction();
            } else {
                throw new XmlSyntaxError("content after the root element");
            }
        }
    }

    private void skipSpace() throws IOException, XmlSyntaxError {
        while (input.require(1) && XmlChars.space(input.bytes[input.position])) {
            input.position++;
        }
    }

    /** At a {@code <} inside the root element. */
    private void markup() throws IOException, SAXException {
        if (!input.require(2)) {
            throw new XmlSyntaxError("the part ends inside an element");
        }
        byte next = input.bytes[input.position + 1];
        if (next == '/') {
            endTag();
        } else if (next == '!') {
            if (startsWith("<!--")) {
                content.flush();
                content.comment();
            } else if (startsWith("<![CDATA[")) {
                content.cdata();
            } else {
                throw new XmlSyntaxError("unexpected declaration in content");
            }
        } else if (next == '?') {
            if (startsWithName("<?xml")) {
                throw new XmlSyntaxError("XML declaration inside the content");
            }
            content.flush();
            content.processingInstruction();
        } else {
            startTag();
        }
    }

    private void startTag() throws IOException, SAXException {
        int after;
        while ((after = scanStartTag()) < 0) {
            more();
        }
        input.position = after;
        content.flush();
        String qName = tagName;
        push(qName);
        handler.startElement("", "", qName, attributes);
        if (emptyTag) {
            depth--;
            open[depth] = null;
            handler.endElement("", "", qName);
        }
    }

    /** The tag at the position runs past the window: read on (growing the window for a very long tag). */
    private void more() throws IOException, XmlSyntaxError {
        if (!input.require(input.limit - input.position + 1)) {
            throw new XmlSyntaxError("the part ends inside a tag");
        }
    }

    /**
     * Reads the start tag at the position into {@link #tagName}, {@link #attributes} and {@link #emptyTag};
     * returns the position after it, or {@link #INCOMPLETE} when the window ends first (nothing is reported yet,
     * so the caller reads on and scans the tag again).
     */
    private int scanStartTag() throws XmlSyntaxError {
        byte[] b = input.bytes;
        int end = input.limit;
        int p = input.position + 1;
        int nameEnd = nameEnd(b, p, end);
        if (nameEnd < 0) {
            return INCOMPLETE;
        }
        tagName = names.name(b, p, nameEnd - p, nameHash);
        p = nameEnd;
        attributes.clear(b);
        while (true) {
            if (p >= end) {
                return INCOMPLETE;
            }
            byte c = b[p];
            if (c == '>') {
                emptyTag = false;
                return p + 1;
            }
            if (c == '/') {
                if (p + 1 >= end) {
                    return INCOMPLETE;
                }
                if (b[p + 1] != '>') {
                    throw new XmlSyntaxError("'/' not followed by '>'");
                }
                emptyTag = true;
                return p + 2;
            }
            if (!XmlChars.space(c)) {
                throw new XmlSyntaxError("attributes must be separated by white space");
            }
            p = skipSpace(b, p, end);
            if (p >= end) {
                return INCOMPLETE;
            }
            if (b[p] != '>' && b[p] != '/') {
                p = attribute(b, p, end);
                if (p < 0) {
                    return INCOMPLETE;
                }
            }
        }
    }

    private static int skipSpace(byte[] b, int from, int end) {
        int p = from;
        while (p < end && XmlChars.space(b[p])) {
            p++;
        }
        return p;
    }

    /** One {@code name="value"} from {@code p}; the position after its closing quote, or {@link #INCOMPLETE}. */
    private int attribute(byte[] b, int p, int end) throws XmlSyntaxError {
        int nameEnd = nameEnd(b, p, end);
        if (nameEnd < 0) {
            return INCOMPLETE;
        }
        String name = names.name(b, p, nameEnd - p, nameHash);
        if (attributes.getLength() >= MAX_ATTRIBUTES) {
            throw new XmlLimitExceeded("too many attributes", "een element met meer dan " + dutch(MAX_ATTRIBUTES)
                    + " attributen");
        }
        if (attributes.has(name, nameHash)) {
            throw new XmlSyntaxError("repeated attribute");
        }
        int q = skipSpace(b, nameEnd, end);
        if (q >= end) {
            return INCOMPLETE;
        }
        if (b[q] != '=') {
            throw new XmlSyntaxError("attribute without '='");
        }
        q = skipSpace(b, q + 1, end);
        if (q >= end) {
            return INCOMPLETE;
        }
        byte quote = b[q];
        if (quote != '"' && quote != '\'') {
            throw new XmlSyntaxError("attribute value without quotes");
        }
        int start = q + 1;
        for (int v = start; v < end; v++) {
            int c = b[v];
            if (c == quote) {
                // the usual value: printable ASCII only, nothing to replace or normalise
                attributes.addPlain(name, nameHash, start, v - start);
                return v + 1;
            }
            if (c < 0x20 || c == '&' || c == '<') {
                attributes.add(name, nameHash);
                for (int i = start; i < v; i++) {
                    attributes.append((char) b[i]);
                }
                return value(b, v, end, quote);
            }
        }
        return INCOMPLETE;
    }

    /** The rest of a value with references, white space or non-ASCII; the position after the quote. */
    private int value(byte[] b, int start, int end, byte quote) throws XmlSyntaxError {
        int p = start;
        while (p < end) {
            int c = b[p];
            if (c == quote) {
                return p + 1;
            }
            if (c >= 0x20 && c != '<' && c != '&') {
                attributes.append((char) c);
                p++;
            } else if (c == '&') {
                if (end - p <= XmlChars.MAX_REFERENCE && indexOf(b, ';', p, end) < 0) {
                    return INCOMPLETE;
                }
                long decoded = XmlChars.reference(b, p, end);
                appendAttribute(XmlChars.codePoint(decoded));
                p = XmlChars.after(decoded);
            } else if (c == '\r' || c == '\n' || c == '\t') {
                if (p + 1 >= end) {
                    return INCOMPLETE;
                }
                attributes.append(' ');
                p += c == '\r' && b[p + 1] == '\n' ? 2 : 1;
            } else if (c < 0) {
                if (p + Math.max(1, XmlChars.sequenceLength(c)) > end) {
                    return INCOMPLETE;
                }
                long decoded = XmlChars.utf8(b, p, end);
                appendAttribute(XmlChars.codePoint(decoded));
                p = XmlChars.after(decoded);
            } else {
                throw new XmlSyntaxError("character not allowed in an attribute value");
            }
        }
        return INCOMPLETE;
    }

    private static int indexOf(byte[] b, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void appendAttribute(int codePoint) {
        if (codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            attributes.append(Character.highSurrogate(codePoint));
            attributes.append(Character.lowSurrogate(codePoint));
        } else {
            attributes.append((char) codePoint);
        }
    }

    private void endTag() throws IOException, SAXException {
        int after;
        while ((after = scanEndTag()) < 0) {
            more();
        }
        input.position = after;
        content.flush();
        depth--;
        String qName = open[depth];
        open[depth] = null;
        handler.endElement("", "", qName);
    }

    private int scanEndTag() throws XmlSyntaxError {
        byte[] b = input.bytes;
        int end = input.limit;
        int p = input.position + 2;
        int nameEnd = nameEnd(b, p, end);
        if (nameEnd < 0) {
            return INCOMPLETE;
        }
        if (!sameName(open[depth - 1], b, p, nameEnd)) {
            throw new XmlSyntaxError("end tag does not match its start tag");
        }
        p = skipSpace(b, nameEnd, end);
        if (p >= end) {
            return INCOMPLETE;
        }
        if (b[p] != '>') {
            throw new XmlSyntaxError("unexpected content in an end tag");
        }
        return p + 1;
    }

    private static boolean sameName(String name, byte[] b, int start, int end) {
        if (name.length() != end - start) {
            // a non-ASCII name has more bytes than characters; compare it the slow way
            return new String(b, start, end - start, StandardCharsets.UTF_8).equals(name);
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != (b[start + i] & 0xFF)) {
                return new String(b, start, end - start, StandardCharsets.UTF_8).equals(name);
            }
        }
        return true;
    }

    private static String dutch(int number) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", number);
    }

    private void push(String qName) throws XmlSyntaxError {
        if (depth == open.length) {
            if (depth >= MAX_DEPTH) {
                throw new XmlLimitExceeded("elements nested too deeply", "elementen die meer dan "
                        + dutch(MAX_DEPTH) + " niveaus diep in elkaar zitten");
            }
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = qName;
    }

    /**
     * The end of the name at {@code p}, with its hash in {@link #nameHash}; {@link #INCOMPLETE} when the window ends
     * inside it. The name must be there and be valid.
     */
    private int nameEnd(byte[] b, int p, int end) throws XmlSyntaxError {
        if (p >= end) {
            return INCOMPLETE;
        }
        if (!XmlChars.nameStart(b[p])) {
            throw new XmlSyntaxError("a name was expected");
        }
        int h = b[p];
        int bits = h;
        int q = p + 1;
        while (q < end && XmlChars.nameByte(b[q])) {
            h = 31 * h + b[q];
            bits |= b[q];
            q++;
        }
        if (q - p > MAX_NAME) {
            throw new XmlLimitExceeded("name too long", "een naam van meer dan " + dutch(MAX_NAME) + " tekens");
        }
        if (q >= end) {
            return INCOMPLETE;
        }
        if (bits < 0) {
            // non-ASCII names are rare: check their UTF-8 only when there is any
            for (int j = p; j < q; j++) {
                if (b[j] < 0) {
                    j = XmlChars.after(XmlChars.utf8(b, j, q)) - 1;
                }
            }
        }
        nameHash = h;
        return q;
    }

    /** Whether the input starts with these bytes, given as the characters U+0000 to U+00FF. */
    private boolean startsWith(String ascii) throws IOException, XmlSyntaxError {
        if (!input.require(ascii.length())) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (input.bytes[input.position + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Starts with {@code ascii} followed by something that ends a name ({@code <?xml } but not {@code <?xml-x}). */
    private boolean startsWithName(String ascii) throws IOException, XmlSyntaxError {
        if (!startsWith(ascii)) {
            return false;
        }
        return !input.require(ascii.length() + 1) || !XmlChars.nameByte(input.bytes[input.position + ascii.length()]);
    }
}
