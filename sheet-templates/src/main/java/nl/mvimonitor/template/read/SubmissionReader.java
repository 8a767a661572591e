package nl.mvimonitor.template.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;
import nl.mvimonitor.template.submission.WorkbookMetadata;

/**
 * Reads a filled, untrusted project sheet (xlsx) into a {@link Submission}: every value with its cell, bound to the
 * schema's tabs and columns, and schema drift reported as findings instead of lost data.
 *
 * <p>Streaming: the zip is read from its central directory, each needed part inflated and SAX-parsed straight from
 * the file's bytes, without the XSSF object model; only sheets of schema tabs (and {@code _meta}) are parsed, and
 * only bound columns converted. Memory is bounded by {@link ReadLimits}.
 *
 * <p>Never throws for bad content: a file that is not a readable, safe xlsx (not a zip, old .xls, encrypted, macros,
 * zip bomb, too large, DOCTYPE or entities, entry paths outside the archive, corrupt or failing a CRC-32) comes back
 * {@linkplain Submission#quarantined quarantined} with one FOUT finding that names the file and says what to do.
 * Thread-safe: one reader serves many threads.
 */
public final class SubmissionReader {

    private final TemplateSchema schema;
    private final ReadLimits limits;
    /** Thread-safe once configured: one parser factory for every read. */
    private final XMLInputFactory xml = XmlParsers.hardened();
    private final KeptParts kept = new KeptParts();
    private final Map<String, TabVocabulary> vocabularies = new HashMap<>();
    private final TabBinder tabBinder;

    public SubmissionReader(TemplateSchema schema, ReadLimits limits) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.limits = Objects.requireNonNull(limits, "limits");
        for (TabSchema tab : schema.tabs()) {
            vocabularies.put(tab.key(), new TabVocabulary(tab));
        }
        this.tabBinder = new TabBinder(schema, vocabularies);
    }

    /** A reader with {@link ReadLimits#defaults()}. */
    public SubmissionReader(TemplateSchema schema) {
        this(schema, ReadLimits.defaults());
    }

    /**
     * Reads a workbook held in memory.
     *
     * @param fileName name of the file, used in messages
     * @param content  the file's bytes
     */
    public Submission read(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        try (OpenWorkbook book = OpenWorkbook.open(content, limits, xml, kept)) {
            return readWorkbook(fileName, book);
        } catch (FileRejected rejected) {
            return QuarantineMessages.quarantine(fileName, rejected);
        }
    }

    /**
     * Reads a workbook from a stream, taking at most {@link ReadLimits#maxFileBytes()} bytes from it (a longer
     * stream is quarantined as too large, without reading on). The caller closes the stream.
     *
     * @throws IOException when the stream itself fails
     */
    public Submission read(String fileName, InputStream in) throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(in, "in");
        int cap = limits.fileBytesCap();
        byte[] content = in.readNBytes(cap + 1);
        if (content.length > cap) {
            return QuarantineMessages.quarantine(fileName, FileRejected.fileTooLarge(limits));
        }
        return read(fileName, content);
    }

    private Submission readWorkbook(String fileName, OpenWorkbook book) {
        // names with personal data are replaced first; the names left are checked against what Excel allows
        SheetNames.Screened named = SheetNames.screen(book.workbook().sheets());
        TabBinder.Result binding = tabBinder.bind(named.sheets(), sheet -> book.read(sheet, new HeaderProbe()));
        List<Finding> findings = new ArrayList<>(named.findings());
        named.sheets().forEach(sheet -> TabNames.check(sheet.name()).ifPresent(findings::add));
        findings.addAll(binding.findings());
        Map<String, SubmittedTab> tabs = new LinkedHashMap<>();
        for (TabSchema tab : schema.dataTabs()) {
            SheetPart sheet = binding.sheets().get(tab.key());
            if (sheet != null) {
                TabRead read = readTab(book, vocabularies.get(tab.key()), sheet);
                tabs.put(tab.key(), read.tab());
                findings.addAll(read.findings());
            }
        }
        WorkbookMetadata metadata = MetadataReader.read(book, findings);
        book.checkRemainingParts();
        return new Submission(fileName, metadata, tabs, findings, false);
    }

    private static TabRead readTab(OpenWorkbook book, TabVocabulary vocabulary, SheetPart sheet) {
        if (vocabulary.tab().layout() == TabLayout.FORM) {
            return book.read(sheet, new FormTabReader(vocabulary, sheet.shownName())).result();
        }
        return book.read(sheet, new TableTabReader(vocabulary, sheet.shownName())).result();
    }
}
