package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The reader's StAX parser against the JDK's hardened SAX parser (no DOCTYPE, no external entities, secure
 * processing), as a reference for what XML 1.0 allows: for every input, the same events (names, attributes in
 * order, text) or both refusing it. A DOCTYPE is refused by both.
 */
class StaxPartParserTest {

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<dimension ref=\"A1:C3\"/><sheetData>"
            + "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"3\"><v>45321.5</v></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Café &amp; co </t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>A1&amp;\"x\"</f><v>tekst</v></c></row>"
            + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\"/></worksheet>";

    @ParameterizedTest
    @ValueSource(strings = {
        SHEET,
        "<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;&#233;&#xe9;</a>",
        "<a b='&lt;&#10;&#x9;x' c=\"tab\there\r\nnext\rend\">r\r\nn\rx\n</a>",
        "<données attribut=\"é😀中\">Überprüfung – café 😀 中文</données>",
        "<a><![CDATA[<b>not a tag</b> ]] ] \r\n x]]>after</a>",
        "<?xml version='1.0'?><!-- voor --><?pi data?>\n<a><!-- in --><?pi?>x<b/></a><!-- na --><?pi x?> \n",
        "<a  b = \"1\"   c\t=\r\n'2' ><b /><c\n/></a>",
        "<root/>",
        "\uFEFF<a>met BOM</a>",
        "<a>] ]] > x>y</a><!---->",
        "<x:a x:b=\"1\"><x:c>v</x:c></x:a>",
        "<a>\n  <b>\n    <c/>\n  </b>\n</a>\n",
        "<a b=\"x>y\">z</a>",
        "<a b=\"&lt;\"/>",
        "<a b=\"é\"/>",
        "<a>x&lt;</a>",
        "<a>é</a>"
    })
    void givesTheJdkParsersEvents(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(stax(bytes)).isEqualTo(jdk(bytes));
    }

    @Test
    void readsTextAndValuesLongerThanItsBuffers() throws Exception {
        String text = "tekst & meer ".repeat(3000).replace("&", "&amp;") + "😀".repeat(5000);
        String value = "w".repeat(70_000);
        byte[] bytes = ("<a v=\"" + value + "\">" + text + "</a>").getBytes(StandardCharsets.UTF_8);
        assertThat(stax(bytes)).isEqualTo(jdk(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a><b></a></b>", "<a>", "<a></a><b/>", "<a/>tekst", "<a b=\"1\" b=\"2\"/>", "<a b=1/>", "<a b=\"1\"c=\"2\"/>",
        "<a b=\"<\"/>", "<a>&</a>", "<a>&nbsp;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#x110000;</a>",
        "<a>\u0001</a>", "<a b=\"\u0002\"/>", "<a>]]></a>", "<a><!-- a -- b --></a>", "<a><?xml version=\"1.0\"?></a>",
        "<a b=\"1\"", "<a>tekst", "", "<?xml version=\"1.0\"?>", "</a>", "<1a/>", "<a></ a>", "<a>&#;</a>",
        "<a>&#x;</a>", "<a>&amp</a>", "<a b></a>", "<a =\"1\"/>", "<a><![CDATA[x</a>", "<a><!-- x", "<a/><?xml x?>",
        "<a><!DOCTYPE a></a>", "<a>x</a>&amp;", "<a b=\"1\"/ >"
    })
    void refusesWhatTheJdkParserRefuses(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(jdk(bytes)).last().isEqualTo("FOUT");
        assertThat(stax(bytes)).last().isEqualTo("FOUT");
    }

    @Test
    void refusesBrokenUtf8() throws Exception {
        byte[][] inputs = {
            {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'},
            {'<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>'},
            {'<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>'},
            {'<', 'a', '>', (byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '<', '/', 'a', '>'},
            {'<', 'a', '>', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '<', '/', 'a', '>'},
            {'<', 'a', ' ', 'b', '=', '"', (byte) 0xFF, '"', '/', '>'},
        };
        for (byte[] bytes : inputs) {
            assertThat(jdk(bytes)).last().isEqualTo("FOUT");
            assertThat(stax(bytes)).last().isEqualTo("FOUT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>",
        "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://example.org/a.dtd\"><a/>",
        "<!DOCTYPE a [<!ENTITY % p SYSTEM \"http://example.org/p\"> %p;]><a/>",
        "<!-- eerst --><!DOCTYPE a><a/>"
    })
    void refusesEveryDoctypeBeforeAnyEvent(String xml) {
        List<String> events = new ArrayList<>();
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new Recorder(events))).isInstanceOf(StaxPartParser.DoctypeFound.class);
        assertThat(events).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a b=\"1\">x</a>",
        "<?xml version=\"1.0\" foo=\"bar\"?><a/>",
        "  <?xml version=\"1.0\"?><a/>",
        "tekst<a/>"
    })
    void judgesUnusualProloguesAsTheJdkParser(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(stax(bytes)).isEqualTo(jdk(bytes));
    }

    @Test
    void readsUtf16AsTheJdkParser() throws Exception {
        byte[] bytes = "\uFEFF<a b=\"é\">x 😀</a>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(stax(bytes)).isEqualTo(jdk(bytes)).contains("start:a b=é|é");
    }

    @Test
    void namesATagLongerThanTheLimitAsALimit() {
        byte[] bytes = ("<a b=\"" + "x".repeat(XmlLimits.MAX_TOKEN + 10)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(bytes), new DefaultHandler()))
                .isInstanceOf(XmlLimitExceeded.class);
    }

    @Test
    void namesATagOfManyAttributesLongerThanTheLimitAsALimit() {
        StringBuilder tag = new StringBuilder("<a");
        String value = "v".repeat(1_000);
        for (int i = 0; i < 1_100; i++) {
            tag.append(" a").append(i).append("=\"").append(value).append('"');
        }
        byte[] bytes = tag.append("/>").toString().getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(bytes), new DefaultHandler()))
                .isInstanceOf(XmlLimitExceeded.class).hasMessageContaining("tag");
    }

    @Test
    void namesATextLongerThanTheLimitAsALimitAndTakesOneAtIt() throws Exception {
        String atLimit = "<a>" + "x".repeat(XmlLimits.MAX_TEXT) + "</a>";
        assertThat(stax(atLimit.getBytes(StandardCharsets.US_ASCII))).last().isEqualTo("end:a");
        byte[] past = ("<a>" + "x".repeat(XmlLimits.MAX_TEXT + 1) + "</a>").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(past), new DefaultHandler()))
                .isInstanceOf(XmlLimitExceeded.class);
    }

    @Test
    void namesNestingAndAttributesPastTheLimitsAsLimitsAndTakesThemAtTheLimits() throws Exception {
        int depth = XmlLimits.MAX_DEPTH;
        String deep = "<x>".repeat(depth) + "</x>".repeat(depth);
        assertThat(stax(deep.getBytes(StandardCharsets.US_ASCII))).last().isEqualTo("end:x");
        String deeper = "<x>".repeat(depth + 1) + "</x>".repeat(depth + 1);
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(deeper.getBytes(StandardCharsets.US_ASCII)),
                new DefaultHandler())).isInstanceOf(XmlLimitExceeded.class).hasMessageContaining("nested");
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i < XmlLimits.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        assertThat(stax((many + "/>").getBytes(StandardCharsets.US_ASCII))).last().isEqualTo("end:a");
        String more = many + " z=\"1\"/>";
        assertThatThrownBy(() -> parser().parse(new ByteArrayInputStream(more.getBytes(StandardCharsets.US_ASCII)),
                new DefaultHandler())).isInstanceOf(XmlLimitExceeded.class).hasMessageContaining("attributes");
    }

    /** Damaged copies of a sheet: whatever the damage, both parsers agree on the events or both refuse. */
    @Test
    void agreesWithTheJdkParserOnDamagedSheets() throws Exception {
        byte[] sheet = SHEET.getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "<>/=\"'&;#x!?-[]: \r\n\tabcrv019é".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261126);
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] damaged = damage(sheet, alphabet, random);
            List<String> expected = jdk(damaged);
            List<String> ours = stax(damaged);
            if (expected.get(expected.size() - 1).equals("FOUT")) {
                refused++;
                assertThat(ours).as(new String(damaged, StandardCharsets.UTF_8)).last().isEqualTo("FOUT");
            } else {
                assertThat(ours).as(new String(damaged, StandardCharsets.UTF_8)).isEqualTo(expected);
            }
        }
        assertThat(refused).isBetween(1000, 3999);
    }

    private static byte[] damage(byte[] sheet, byte[] alphabet, Random random) {
        byte[] copy = sheet.clone();
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(copy.length);
            int kind = random.nextInt(3);
            byte b = alphabet[random.nextInt(alphabet.length)];
            if (kind == 0) {
                copy[at] = b;
            } else if (kind == 1) {
                byte[] longer = new byte[copy.length + 1];
                System.arraycopy(copy, 0, longer, 0, at);
                longer[at] = b;
                System.arraycopy(copy, at, longer, at + 1, copy.length - at);
                copy = longer;
            } else {
                byte[] shorter = new byte[copy.length - 1];
                System.arraycopy(copy, 0, shorter, 0, at);
                System.arraycopy(copy, at + 1, shorter, at, copy.length - at - 1);
                copy = shorter;
            }
        }
        return copy;
    }

    private static StaxPartParser parser() {
        return new StaxPartParser(XmlParsers.hardened());
    }

    private static List<String> jdk(byte[] bytes) throws Exception {
        List<String> events = new ArrayList<>();
        XMLReader reader = jdkReader();
        reader.setContentHandler(new Recorder(events));
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException | java.io.IOException e) {
            // the reader treats both alike: the part is refused
            events.add("FOUT");
        }
        return coalesce(events);
    }

    /** As the reader uses it: a DOCTYPE, a limit and broken XML all refuse the part. */
    private static List<String> stax(byte[] bytes) throws Exception {
        List<String> events = new ArrayList<>();
        try {
            parser().parse(new ByteArrayInputStream(bytes), new Recorder(events));
        } catch (XMLStreamException e) {
            events.add("FOUT");
        }
        return coalesce(events);
    }

    /** The JDK's own parser as the reader once used it: secure processing, no DOCTYPE, no external entities. */
    private static XMLReader jdkReader() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        XMLReader reader = parser.getXMLReader();
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // as the reader's: warnings change nothing
            }

            @Override
            public void error(SAXParseException e) {
                // recoverable: the parse goes on
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return reader;
    }

    /** Text events merged: how a parser splits text is its own business. */
    private static List<String> coalesce(List<String> events) {
        List<String> merged = new ArrayList<>();
        for (String event : events) {
            int last = merged.size() - 1;
            if (event.startsWith("text:") && last >= 0 && merged.get(last).startsWith("text:")) {
                merged.set(last, merged.get(last) + event.substring("text:".length()));
            } else {
                merged.add(event);
            }
        }
        return merged;
    }

    private static final class Recorder extends DefaultHandler {
        private final List<String> events;

        Recorder(List<String> events) {
            this.events = events;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            StringBuilder event = new StringBuilder("start:").append(qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                event.append(' ').append(attributes.getQName(i)).append('=').append(attributes.getValue(i))
                        .append('|').append(attributes.getValue(attributes.getQName(i)));
            }
            events.add(event.toString());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.add("end:" + qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            events.add("text:" + new String(ch, start, length));
        }
    }
}
