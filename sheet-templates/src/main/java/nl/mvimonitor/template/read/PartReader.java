package nl.mvimonitor.template.read;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.Inflater;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * Parses the XML parts of one zip, streaming each part straight from the inflater through the hardened StAX parser
 * ({@link StaxPartParser}). Any failure becomes a {@link FileRejected}: a DOCTYPE is BESTAND_XML_ENTITEIT, a part
 * built to exhaust the parser BESTAND_ZIPBOM, anything else broken BESTAND_BESCHADIGD. Not thread-safe: one per
 * read, closed after it.
 */
final class PartReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PartReader.class);

    private final ZipDirectory zip;
    private final KeptParts kept;
    private final InflationBudget budget;
    private final StaxPartParser parser;
    /** Parts opened for parsing, in order; those read to their end (and so verified) are also in verified. */
    private final Set<ZipEntryInfo> parsed = new LinkedHashSet<>();
    private final Set<ZipEntryInfo> verified = new HashSet<>();
    /** One inflater for every entry of the read: setting one up costs about as much as a small part's data. */
    private final Inflater inflater = new Inflater(true);

    PartReader(ZipDirectory zip, InflationBudget budget, XMLInputFactory xml, KeptParts kept) {
        this.zip = zip;
        this.kept = kept;
        this.budget = budget;
        this.parser = new StaxPartParser(xml);
    }

    ZipDirectory zip() {
        return zip;
    }

    /** Parses the part if the zip has it; false when it does not. */
    boolean parseIfPresent(String partName, ContentHandler handler) {
        Optional<ZipEntryInfo> entry = zip.find(partName);
        entry.ifPresent(e -> parse(e, handler));
        return entry.isPresent();
    }

    /**
     * What {@code result} makes of the part after parsing it with a new handler, or what it made of a part with
     * the very same compressed bytes before; empty when the zip does not have the part. For package parts only:
     * the result is shared between reads and must not be changed. A part known again is not inflated, but its
     * declared CRC-32 and size must still be those of the bytes it was known by.
     */
    @SuppressWarnings("unchecked")
    <H extends ContentHandler, R> Optional<R> parseKept(String partName, Supplier<H> handler, Function<H, R> result) {
        Optional<ZipEntryInfo> found = zip.find(partName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ZipEntryInfo entry = found.get();
        H fresh = handler.get();
        KeptParts.Key key = KeptParts.key(entry.name(), fresh.getClass(), zip.data(), zip.dataStart(entry),
                (int) entry.compressedSize());
        KeptParts.Kept known = key == null ? null : kept.get(key);
        if (known != null) {
            if (known.crc() != entry.crc() || known.size() != entry.size()) {
                throw FileRejected.corrupt("het controlegetal (CRC-32) of de grootte van het onderdeel "
                        + entry.name() + " klopt niet met de inhoud");
            }
            parsed.add(entry);
            verified.add(entry);
            return Optional.of((R) known.result());
        }
        parse(entry, fresh);
        R value = result.apply(fresh);
        if (key != null && verified.contains(entry)) {
            kept.put(key, new KeptParts.Kept(value, entry.crc(), entry.size()));
        }
        return Optional.of(value);
    }

    /** Parses a part the file must have. */
    void parseRequired(String partName, ContentHandler handler) {
        if (!parseIfPresent(partName, handler)) {
            throw FileRejected.corrupt("het onderdeel " + partName + " ontbreekt");
        }
    }

    /**
     * Parses the part into the handler. A part parsed to its end is verified (CRC-32 and size) at once; one the
     * handler stopped early is verified by {@link #verifyPartlyRead()}, unless it is parsed whole before that.
     */
    void parse(ZipEntryInfo entry, ContentHandler handler) {
        parsed.add(entry);
        EntryInputStream in = zip.open(entry, budget, inflater);
        try {
            parser.parse(in, handler);
            in.finish();
            verified.add(entry);
        } catch (StopParsing e) {
            // the handler has what it needs; the rest of the part is checked at the end of the read
        } catch (FileRejected rejected) {
            throw decide(entry, in, rejected);
        } catch (XmlLimitExceeded limit) {
            throw decide(entry, in, limit.rejection(entry.name()));
        } catch (StaxPartParser.DoctypeFound doctype) {
            throw decide(entry, in, new FileRejected(RuleCode.BESTAND_XML_ENTITEIT, "in het onderdeel "
                    + entry.name()));
        } catch (SAXException e) {
            if (e.getException() instanceof FileRejected rejected) {
                throw decide(entry, in, rejected);
            }
            throw decide(entry, in, null);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof FileRejected rejected) {
                throw decide(entry, in, rejected);
            }
            throw decide(entry, in, null);
        } catch (RuntimeException e) {
            // the parser failing on hostile input, or a bug here: the file is quarantined either way, and the
            // stack trace (which holds no cell values) is kept for whoever must tell the two apart; the part's name
            // comes from the file, so it is logged as every name from outside is
            LOG.warn("Unexpected {} while reading part {}; file treated as damaged", e.getClass().getName(),
                    SafeName.logged(entry.name()), e);
            throw decide(entry, in, null);
        } finally {
            in.close();
        }
    }

    /**
     * Which of the part's failures names what is really wrong. A limit (zip bomb, too large) decides first, then
     * the part's bytes (CRC-32 and size, after inflating the rest through the budget), and only then what the
     * handler or parser found: a bomb of repeated rows is a bomb, a flipped bit that breaks the XML is damage.
     *
     * @param found what the handler or parser found, or null for broken XML
     */
    private FileRejected decide(ZipEntryInfo entry, EntryInputStream in, FileRejected found) {
        if (found != null && (in.failed() || found.rule() == RuleCode.BESTAND_ZIPBOM)) {
            return found;
        }
        if (found != null && found.rule() == RuleCode.BESTAND_TE_GROOT) {
            // rows or cells past a limit may be a bomb's repeated rows: the rest of the part, inflated through the
            // budget, tells; a large sheet that inflates as sheets do stays too large
            try {
                in.finish();
            } catch (FileRejected rejected) {
                if (rejected.rule() == RuleCode.BESTAND_ZIPBOM) {
                    return rejected;
                }
            }
            return found;
        }
        try {
            in.finish();
        } catch (FileRejected rejected) {
            return rejected;
        }
        in.close();
        return found != null ? found : FileRejected.corrupt("het onderdeel " + entry.name()
                + " is geen geldige XML");
    }

    /**
     * Checks the prolog of every XML part that was not parsed, so that no part of the file carries a DOCTYPE:
     * each is parsed only up to its first element, so a DOCTYPE before it is refused.
     */
    void checkUnparsedPrologs() {
        for (ZipEntryInfo entry : zip.entries()) {
            if (entry.isXml() && !parsed.contains(entry)) {
                parse(entry, new PrologOnly());
            }
        }
    }

    /**
     * Verifies the CRC-32 and size of every part that was parsed only in part (the top of a sheet, a prolog) and
     * never whole: inflating the rest, counted by the budget, without parsing it.
     */
    void verifyPartlyRead() {
        for (ZipEntryInfo entry : parsed) {
            if (!verified.contains(entry)) {
                try (EntryInputStream in = zip.open(entry, budget, inflater)) {
                    in.finish();
                }
                verified.add(entry);
            }
        }
    }

    @Override
    public void close() {
        inflater.end();
    }

    /** Stops at the first element; a DOCTYPE before it the parser refuses. */
    private static final class PrologOnly extends DefaultHandler {

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            throw new StopParsing();
        }
    }
}
