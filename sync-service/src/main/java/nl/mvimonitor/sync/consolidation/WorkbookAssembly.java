package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Joins the workbook POI wrote (the skeleton: styles, small tabs, and the per-submission tabs with only their
 * headers) with the spooled rows of those tabs: each such sheet becomes the skeleton's XML up to its header row,
 * then the rows as stored, then the rest of the skeleton's sheet. Every other part is compressed again as it is.
 *
 * <p>The zip is written by commons-compress. A joined sheet is a raw entry: its pieces (the head and tail compressed
 * here, the rows as the spool holds them) already form one deflate stream, and its CRC-32 is combined from theirs
 * ({@link Crc32Combine}), so stored rows are copied without being inflated. Zip64 is used only where an entry or the
 * archive needs it; every entry has the same fixed time, so equal content gives equal bytes.
 */
final class WorkbookAssembly {

    private static final String END_OF_ROWS = "</sheetData>";
    private static final Pattern HEADER_DIMENSION = Pattern.compile("<dimension ref=\"A1:([A-Z]+)1\"/>");
    /** 1980-01-01 00:00, the first time a zip entry can carry; zip stores local time, so it is taken as local. */
    private static final long ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault())
            .toInstant().toEpochMilli();

    private final Map<String, TabSpool.Part> rowsByEntry;

    /** @param rowsByEntry the spooled rows by zip entry name of their sheet, e.g. {@code xl/worksheets/sheet2.xml} */
    WorkbookAssembly(Map<String, TabSpool.Part> rowsByEntry) {
        this.rowsByEntry = Map.copyOf(rowsByEntry);
    }

    /** Reads the skeleton by its central directory (POI's entries carry their sizes only there); leaves out open. */
    void write(Path skeleton, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(skeleton.toFile());
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
            zip.setLevel(Chunk.LEVEL);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                TabSpool.Part rows = rowsByEntry.get(entry.getName());
                if (rows == null) {
                    compressed(zip, entry.getName(), content);
                } else {
                    joined(zip, entry.getName(), content, rows);
                }
            }
        }
        out.flush();
    }

    private static void compressed(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        zip.putArchiveEntry(entry(name));
        zip.write(content);
        zip.closeArchiveEntry();
    }

    private static void joined(ZipArchiveOutputStream zip, String name, byte[] sheetXml, TabSpool.Part rows)
            throws IOException {
        String xml = new String(sheetXml, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf(END_OF_ROWS);
        if (end < 0) {
            throw new IllegalStateException("sheet " + name + " has no rows element to add rows to");
        }
        Chunk head = Chunk.of(0, withDimension(xml.substring(0, end), rows.rows()).getBytes(StandardCharsets.UTF_8));
        Chunk tail = Chunk.last(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        int crc = Crc32Combine.combine(Crc32Combine.combine(head.crc(), rows.crc(), rows.rawLength()), tail.crc(),
                tail.rawLength());
        ZipArchiveEntry entry = entry(name);
        entry.setCrc(Integer.toUnsignedLong(crc));
        entry.setSize(head.rawLength() + rows.rawLength() + tail.rawLength());
        entry.setCompressedSize(head.deflated().length + rows.deflatedLength() + tail.deflated().length);
        try (InputStream deflated = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.deflated()), Files.newInputStream(rows.file()),
                new ByteArrayInputStream(tail.deflated()))))) {
            zip.addRawArchiveEntry(entry, deflated);
        }
    }

    private static ZipArchiveEntry entry(String name) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(ENTRY_TIME);
        return entry;
    }

    /** The used range the sheet declares, now that it has its data rows too. */
    private static String withDimension(String head, int dataRows) {
        Matcher dimension = HEADER_DIMENSION.matcher(head);
        if (dataRows == 0 || !dimension.find()) {
            return head;
        }
        return dimension.replaceFirst("<dimension ref=\"A1:" + dimension.group(1) + (dataRows + 1) + "\"/>");
    }

}
