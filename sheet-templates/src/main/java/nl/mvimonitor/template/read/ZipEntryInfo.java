package nl.mvimonitor.template.read;

/**
 * One entry of a zip's central directory; the data is found through the local header at {@code localHeaderOffset}.
 *
 * @param name              part name as stored, e.g. {@code xl/worksheets/sheet1.xml}
 * @param method            0 stored, 8 deflated
 * @param flags             general purpose bit flags (bit 0: encrypted)
 * @param compressedSize    bytes of stored data
 * @param localHeaderOffset offset of the local file header
 */
record ZipEntryInfo(String name, int method, int flags, long compressedSize, long localHeaderOffset) {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    boolean encrypted() {
        return (flags & 1) != 0;
    }

    /** True for parts an XML parser reads: every such part is checked for DOCTYPE declarations. */
    boolean isXml() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }
}
