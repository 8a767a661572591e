package nl.mvimonitor.sync.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes one corpus file from its prototype: re-zips the prototype's entries with the file's identity in place of the
 * tokens and a fixed entry time, so the same file always has the same bytes. Takes a few milliseconds instead of the
 * template writer's tens.
 */
final class CorpusWorkbook {

    /** Entry time of every zip entry (local date-time, so the time zone of the machine does not matter). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 5, 9, 0);
    /** The entries that hold identity tokens; sheets refer to shared strings, so no sheet does. */
    private static final Set<String> TOKEN_PARTS = Set.of("xl/sharedStrings.xml", "docProps/custom.xml");

    private CorpusWorkbook() {
    }

    static byte[] write(Prototype prototype, CorpusFile file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipPart part : prototype.parts()) {
                ZipEntry entry = new ZipEntry(part.name());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(TOKEN_PARTS.contains(part.name()) ? withIdentity(part.content(), file) : part.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withIdentity(byte[] xml, CorpusFile file) {
        String text = new String(xml, StandardCharsets.UTF_8)
                .replace(IdentityTokens.PROJECT_ID, escape(file.projectId()))
                .replace(IdentityTokens.PROJECT_NAME, escape(file.projectName()))
                .replace(IdentityTokens.UNIT, escape(file.unit()))
                .replace(IdentityTokens.REMARK, escape(file.remark()));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
