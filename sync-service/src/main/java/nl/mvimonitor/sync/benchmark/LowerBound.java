package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The least any reader of these files must do, as issue 3 defines it: open the zip, and SAX-parse every worksheet and
 * the shared strings with the JDK parser and a handler that does nothing. One instance per thread: the parser is
 * reused with {@code reset()}.
 */
final class LowerBound {

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final DefaultHandler NOTHING = new DefaultHandler();

    private final SAXParser parser;

    LowerBound() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parser = factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured securely", e);
        }
    }

    /** Parses the parts of one file; returns how many parts it parsed. */
    int parse(Path file) throws IOException, SAXException {
        int parts = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (counts(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parser.reset();
                        parser.parse(in, NOTHING);
                    }
                    parts++;
                }
            }
        }
        return parts;
    }

    /** {@code xl/worksheets/*.xml} (not the relationships under _rels) and the shared strings. */
    static boolean counts(String entryName) {
        if (entryName.equals(SHARED_STRINGS)) {
            return true;
        }
        String prefix = "xl/worksheets/";
        return entryName.startsWith(prefix) && entryName.endsWith(".xml")
                && entryName.indexOf('/', prefix.length()) < 0;
    }
}
