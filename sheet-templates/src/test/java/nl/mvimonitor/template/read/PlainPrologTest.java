package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Which part beginnings are plainly free of a DOCTYPE; everything else must go to the parser. */
class PlainPrologTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    @Test
    void recognisesTheDeclarationAndRootElementExcelWrites() {
        assertThat(recognise(DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\"/></Relationships>")).isTrue();
        assertThat(recognise("<?xml version='1.0' encoding='utf-8'?><x:comments xmlns:x=\"urn:x\" a = 'b'/>"))
                .isTrue();
        assertThat(recognise("\uFEFF<worksheet>")).isTrue();
    }

    @Test
    void leavesADoctypeToTheParser() {
        assertThat(recognise(DECLARATION + "<!DOCTYPE Properties [<!ENTITY x \"y\">]><Properties>")).isFalse();
        assertThat(recognise("<!DOCTYPE Properties SYSTEM \"http://127.0.0.1/evil.dtd\"><Properties>")).isFalse();
    }

    @Test
    void leavesCommentsAndProcessingInstructionsToTheParser() {
        // a comment or instruction could hide a DOCTYPE after it; the parser reads on
        assertThat(recognise(DECLARATION + "<!-- x --><!DOCTYPE a><a>")).isFalse();
        assertThat(recognise(DECLARATION + "<?pi x?><a>")).isFalse();
    }

    @Test
    void leavesOtherEncodingsAndVersionsToTheParser() {
        assertThat(recognise("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>")).isFalse();
        assertThat(recognise("<?xml version=\"1.1\"?><a>")).isFalse();
        assertThat(recognise("<?xml version=\"1.0\" standalone=\"YES\"?><a>")).isFalse();
        byte[] utf16 = "<a>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(PlainProlog.recognise(utf16, utf16.length)).isFalse();
    }

    @Test
    void leavesAnyStartTagThatMightNotBeWellFormedToTheParser() {
        assertThat(recognise("<a b=\"&xxe;\">")).isFalse();
        assertThat(recognise("<a b=\"1\" b=\"2\">")).isFalse();
        assertThat(recognise("<a b=\"1\"c=\"2\">")).isFalse();
        assertThat(recognise("<a b=\"caf\u00e9\">")).isFalse();
        assertThat(recognise("<a b=\"1")).isFalse();
        assertThat(recognise("  <?xml version=\"1.0\"?><a>")).isFalse();
        assertThat(recognise("")).isFalse();
    }

    @Test
    void leavesAStartTagLongerThanTheBytesLookedAtToTheParser() {
        String tag = "<a b=\"" + "x".repeat(PlainProlog.HEAD_BYTES) + "\">";
        byte[] bytes = tag.getBytes(StandardCharsets.UTF_8);

        assertThat(PlainProlog.recognise(bytes, PlainProlog.HEAD_BYTES)).isFalse();
    }

    private static boolean recognise(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PlainProlog.recognise(bytes, bytes.length);
    }
}
