package nl.mvimonitor.template.read;

/**
 * One entry of a zip's central directory; the data is found through the local header at {@code localHeaderOffset}.
 *
 * @param name              part name as stored, e.g. {@code xl/worksheets/sheet1.xml}
 * @param method            0 stored, 8 deflated
 * @param flags             general purpose bit flags (bit 0: encrypted, bit 3: sizes and CRC in a data descriptor)
 * @param compressedSize    bytes of stored data
 * @param localHeaderOffset offset of the local file header
 * @param crc               CRC-32 of the inflated data, as the central directory declares it
 * @param size              bytes of inflated data, as the central directory declares it
 */
record ZipEntryInfo(String name, int method, int flags, long compressedSize, long localHeaderOffset, long crc,
                    long size) {

    static final int STORED = 0;
    static final int DEFLATED = 8;
    static final int DATA_DESCRIPTOR_FLAG = 1 << 3;

    boolean encrypted() {
        return (flags & 1) != 0;
    }

    /** True when the local header may leave CRC and sizes zero and a data descriptor after the data holds them. */
    boolean hasDataDescriptor() {
        return (flags & DATA_DESCRIPTOR_FLAG) != 0;
    }

    /** True for parts an XML parser reads: every such part is checked for DOCTYPE declarations. */
    boolean isXml() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }
}
