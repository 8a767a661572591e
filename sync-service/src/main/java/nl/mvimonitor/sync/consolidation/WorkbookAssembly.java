package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Joins the workbook POI wrote (the skeleton: styles, small tabs, and the per-submission tabs with only their
 * headers) with the spooled rows of those tabs: each such sheet becomes the skeleton's XML up to its header row,
 * then the rows as stored, then the rest of the skeleton's sheet. Every other part is copied as it is.
 */
final class WorkbookAssembly {

    private static final String END_OF_ROWS = "</sheetData>";
    private static final Pattern HEADER_DIMENSION = Pattern.compile("<dimension ref=\"A1:([A-Z]+)1\"/>");

    private final Map<String, TabSpool.Part> rowsByEntry;

    /** @param rowsByEntry the spooled rows by zip entry name of their sheet, e.g. {@code xl/worksheets/sheet2.xml} */
    WorkbookAssembly(Map<String, TabSpool.Part> rowsByEntry) {
        this.rowsByEntry = Map.copyOf(rowsByEntry);
    }

    /** Reads the skeleton by its central directory (POI's zip entries carry their sizes only there). */
    void write(Path skeleton, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(skeleton.toFile()); ZipWriter zip = new ZipWriter(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream part = in.getInputStream(entry)) {
                    content = part.readAllBytes();
                }
                TabSpool.Part rows = rowsByEntry.get(entry.getName());
                if (rows == null) {
                    zip.entry(entry.getName(), content);
                } else {
                    zip.entry(entry.getName(), joined(entry.getName(), content, rows));
                }
            }
        }
    }

    private static List<ZipWriter.Piece> joined(String name, byte[] sheetXml, TabSpool.Part rows) {
        String xml = new String(sheetXml, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf(END_OF_ROWS);
        if (end < 0) {
            throw new IllegalStateException("sheet " + name + " has no rows element to add rows to");
        }
        String head = withDimension(xml.substring(0, end), rows.rows());
        String tail = xml.substring(end);
        return List.of(ZipWriter.piece(Chunk.of(0, head.getBytes(StandardCharsets.UTF_8))), rows,
                ZipWriter.piece(Chunk.last(tail.getBytes(StandardCharsets.UTF_8))));
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
