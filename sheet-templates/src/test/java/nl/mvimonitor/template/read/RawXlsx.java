package nl.mvimonitor.template.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;

/**
 * Writes an xlsx part by part as raw XML, for cases that need exact control of the markup (inline strings, missing
 * {@code r} attributes, error cells) or that no well-behaved library would write (DOCTYPEs, macros, bombs).
 */
final class RawXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Style 1 is a date (built-in format 14), style 2 a custom dd-mm-yyyy format. */
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
            + "</styleSheet>";

    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private String workbookPr = "";
    private String contentTypeMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private Packing packing = Packing.DEFLATED;

    /** How the parts are put in the zip. */
    enum Packing {
        /** Deflated at the default level, as Excel does. */
        DEFLATED,
        /** Deflated at level 0: each part's bytes appear verbatim in the zip, so a test can change one in place. */
        DEFLATED_VERBATIM,
        /** Method 0: no compression, CRC and sizes in the local header, no data descriptor. */
        STORED
    }

    static RawXlsx workbook() {
        return new RawXlsx();
    }

    /** Adds a sheet with the given {@code <sheetData>} content. */
    RawXlsx sheet(String name, String sheetData) {
        sheetNames.add(name);
        return part("xl/worksheets/sheet" + sheetNames.size() + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
    }

    RawXlsx sharedStrings(String items) {
        return part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS
                + "\">" + items + "</sst>");
    }

    RawXlsx part(String name, String content) {
        return part(name, content.getBytes(StandardCharsets.UTF_8));
    }

    RawXlsx part(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    RawXlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    RawXlsx macroEnabled() {
        contentTypeMain = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
        return this;
    }

    RawXlsx packing(Packing how) {
        packing = how;
        return this;
    }

    byte[] toBytes() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", bytes(contentTypes()));
        all.put("_rels/.rels", bytes(rels("<Relationship Id=\"rId1\" Type=\"" + REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/>")));
        all.put("xl/workbook.xml", bytes(workbookXml()));
        all.put("xl/_rels/workbook.xml.rels", bytes(workbookRels()));
        all.put("xl/styles.xml", bytes(STYLES));
        all.putAll(parts);
        return zip(all, packing);
    }

    /** Zips the given parts, in order, deflated. */
    static byte[] zip(Map<String, byte[]> parts) {
        return zip(parts, Packing.DEFLATED);
    }

    static byte[] zip(Map<String, byte[]> parts, Packing packing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (packing == Packing.DEFLATED_VERBATIM) {
                zip.setLevel(0);
            }
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                if (packing == Packing.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCompressedSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Row 1 keys and row 2 labels of a TABLE tab, as inline strings. */
    static String tableHeader(TabSchema tab) {
        StringBuilder keys = new StringBuilder("<row r=\"1\">");
        StringBuilder labels = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < tab.columns().size(); i++) {
            ColumnSchema column = tab.columns().get(i);
            keys.append(inline(ref(i, 1), column.key()));
            labels.append(inline(ref(i, 2), column.labelNl()));
        }
        return keys.append("</row>").append(labels).append("</row>").toString();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String ref(int column, int row) {
        return nl.mvimonitor.template.submission.CellRef.columnLetters(column) + row;
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + contentTypeMain + "\"/>");
        return types.append("</Types>").toString();
    }

    private String workbookXml() {
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < sheetNames.size(); i++) {
            sheets.append("<sheet name=\"").append(sheetNames.get(i)).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\">" + workbookPr + "<sheets>" + sheets + "</sheets></workbook>";
    }

    private String workbookRels() {
        StringBuilder rels = new StringBuilder();
        for (int i = 0; i < sheetNames.size(); i++) {
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
        }
        rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>");
        if (parts.containsKey("xl/sharedStrings.xml")) {
            rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL_NS)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        return rels(rels.toString());
    }

    private static String rels(String relationships) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
