package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * The central directory of a zip held in memory. Reading it first gives random access to the parts in the order the
 * reader needs them, so unneeded parts are never inflated. Everything read from the file is bounds-checked: a
 * truncated or crafted zip becomes a {@link FileRejected}.
 */
final class ZipDirectory {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int EOCD_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_HEADER_SIZE = 30;
    private static final int DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long MARK_32 = 0xFFFFFFFFL;
    private static final int UTF8_FLAG = 1 << 11;

    private final ZipBytes bytes;
    private final Map<String, ZipEntryInfo> entries;

    private ZipDirectory(ZipBytes bytes, Map<String, ZipEntryInfo> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    static ZipDirectory parse(byte[] data, ReadLimits limits) {
        ZipBytes bytes = new ZipBytes(data);
        int eocd = findEndRecord(bytes);
        long count = bytes.u16(eocd + 10);
        long offset = bytes.u32(eocd + 16);
        if (count == 0xFFFF || offset == MARK_32) {
            int zip64 = zip64EndRecord(bytes, eocd);
            count = bytes.u64(zip64 + 32);
            offset = bytes.u64(zip64 + 48);
        }
        if (count > limits.maxZipEntries()) {
            // not a bomb by size: the usual reason ("pakt uit tot een onwaarschijnlijk grote omvang") would be wrong
            throw FileRejected.withReason(RuleCode.BESTAND_ZIPBOM, "bestaat uit onwaarschijnlijk veel onderdelen en "
                    + "is om veiligheidsredenen niet gelezen", String.format(Locale.forLanguageTag("nl-NL"),
                    "het archief heeft %,d onderdelen, meer dan de toegestane %,d", count, limits.maxZipEntries()));
        }
        return new ZipDirectory(bytes, readEntries(bytes, offset, (int) count));
    }

    /** The entry with this part name, ignoring case and a leading slash (OPC part names are case-insensitive). */
    Optional<ZipEntryInfo> find(String partName) {
        return Optional.ofNullable(entries.get(lookupKey(partName)));
    }

    Collection<ZipEntryInfo> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /**
     * The inflated data of an entry; every byte is counted by {@code budget}.
     *
     * @param inflater raw-deflate inflater for a deflated entry, reset when the stream is closed
     */
    EntryInputStream open(ZipEntryInfo entry, InflationBudget budget, Inflater inflater) {
        int dataStart = dataStart(entry);
        return new EntryInputStream(entry, bytes.data(), dataStart, (int) entry.compressedSize(), budget,
                inflater);
    }

    /** The file's bytes, in which {@link #dataStart} points to an entry's compressed data. */
    byte[] data() {
        return bytes.data();
    }

    /** Where the entry's compressed data starts, after checking that it can be read at all. */
    int dataStart(ZipEntryInfo entry) {
        if (entry.encrypted()) {
            // the archive itself is encrypted (a zip tool's password), not the workbook: Excel's advice would not fit
            throw new FileRejected(RuleCode.BESTAND_VERSLEUTELD, "het onderdeel " + entry.name() + " is in het "
                    + "zip-archief versleuteld", "Lever de werkmap aan zoals Excel die opslaat, zonder het bestand met "
                    + "een inpakprogramma te versleutelen.");
        }
        if (entry.method() != ZipEntryInfo.STORED && entry.method() != ZipEntryInfo.DEFLATED) {
            throw FileRejected.corrupt("het onderdeel " + entry.name() + " is ingepakt met een compressiemethode die "
                    + "een .xlsx-bestand niet gebruikt (methode " + entry.method() + ")");
        }
        int local = bytes.offset(entry.localHeaderOffset(), LOCAL_HEADER_SIZE, entry.name());
        if (bytes.i32(local) != LOCAL_SIGNATURE) {
            throw FileRejected.corrupt("het onderdeel " + entry.name() + " is niet te vinden");
        }
        int nameLength = bytes.u16(local + 26);
        long start = (long) local + LOCAL_HEADER_SIZE + nameLength + bytes.u16(local + 28);
        int dataStart = bytes.offset(start, entry.compressedSize(), entry.name());
        requireLocalHeaderAgrees(entry, local, nameLength);
        if (entry.hasDataDescriptor()) {
            requireDataDescriptorAgrees(entry, dataStart + (int) entry.compressedSize());
        }
        return dataStart;
    }

    /**
     * The local header must describe the same entry as the central directory: a reader that trusts the other copy
     * (as many do) would otherwise see another file. Its CRC and sizes may be zero when a data descriptor holds them,
     * and a size may be the zip64 marker.
     */
    private void requireLocalHeaderAgrees(ZipEntryInfo entry, int local, int nameLength) {
        int flags = bytes.u16(local + 6);
        boolean same = (flags & 1) == (entry.flags() & 1)
                && bytes.u16(local + 8) == entry.method()
                && entry.name().equals(bytes.text(local + LOCAL_HEADER_SIZE, nameLength,
                        (flags & UTF8_FLAG) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        if (!same) {
            throw disagreement(entry);
        }
        boolean descriptor = entry.hasDataDescriptor();
        long crc = bytes.u32(local + 14);
        if (crc != entry.crc() && !(descriptor && crc == 0)
                || !sameSize(bytes.u32(local + 18), entry.compressedSize(), descriptor)
                || !sameSize(bytes.u32(local + 22), entry.size(), descriptor)) {
            throw disagreement(entry);
        }
    }

    /** CRC, then sizes of 4 or (zip64) 8 bytes, optionally after a signature. */
    private void requireDataDescriptorAgrees(ZipEntryInfo entry, int end) {
        // without a signature, a CRC that happens to equal the signature's value must still be read as the CRC
        boolean agrees = bytes.i32(end) == DATA_DESCRIPTOR_SIGNATURE && descriptorAgrees(entry, end + 4)
                || descriptorAgrees(entry, end);
        if (!agrees) {
            throw disagreement(entry);
        }
    }

    private boolean descriptorAgrees(ZipEntryInfo entry, int p) {
        if (p + 12 > bytes.length() || bytes.u32(p) != entry.crc()) {
            return false;
        }
        return bytes.u32(p + 4) == entry.compressedSize() && bytes.u32(p + 8) == entry.size()
                || p + 20 <= bytes.length() && bytes.u64(p + 4) == entry.compressedSize()
                && bytes.u64(p + 12) == entry.size();
    }

    private static boolean sameSize(long local, long central, boolean descriptor) {
        return local == central || local == MARK_32 || descriptor && local == 0;
    }

    private static FileRejected disagreement(ZipEntryInfo entry) {
        return FileRejected.corrupt("de gegevens van het onderdeel " + entry.name() + " in het zip-archief spreken "
                + "elkaar tegen (naam, controlegetal of grootte)");
    }

    private static int findEndRecord(ZipBytes bytes) {
        int last = bytes.length() - EOCD_SIZE;
        for (int p = last; p >= 0 && p >= last - MAX_COMMENT; p--) {
            if (bytes.i32(p) == EOCD_SIGNATURE && p + EOCD_SIZE + bytes.u16(p + 20) <= bytes.length()) {
                return p;
            }
        }
        throw FileRejected.corrupt("het zip-archief is afgebroken: de inhoudsopgave ontbreekt");
    }

    private static int zip64EndRecord(ZipBytes bytes, int eocd) {
        int locator = eocd - 20;
        if (locator < 0 || bytes.i32(locator) != ZIP64_LOCATOR_SIGNATURE) {
            throw FileRejected.corrupt("de inhoudsopgave van het zip-archief is ongeldig");
        }
        int record = bytes.offset(bytes.u64(locator + 8), 56, "de inhoudsopgave");
        if (bytes.i32(record) != ZIP64_EOCD_SIGNATURE) {
            throw FileRejected.corrupt("de inhoudsopgave van het zip-archief is ongeldig");
        }
        return record;
    }

    private static Map<String, ZipEntryInfo> readEntries(ZipBytes bytes, long offset, int count) {
        Map<String, ZipEntryInfo> entries = new LinkedHashMap<>();
        int p = bytes.offset(offset, 0, "de inhoudsopgave");
        for (int i = 0; i < count; i++) {
            bytes.offset(p, CENTRAL_HEADER_SIZE, "de inhoudsopgave");
            if (bytes.i32(p) != CENTRAL_SIGNATURE) {
                throw FileRejected.corrupt("de inhoudsopgave van het zip-archief is beschadigd");
            }
            int nameLength = bytes.u16(p + 28);
            int extraLength = bytes.u16(p + 30);
            int variableLength = nameLength + extraLength + bytes.u16(p + 32);
            bytes.offset(p + CENTRAL_HEADER_SIZE, variableLength, "de inhoudsopgave");
            ZipEntryInfo entry = entry(bytes, p, nameLength, extraLength);
            PartPaths.requireInside(entry.name());
            // two entries with one name let different readers see different files: refuse the ambiguity
            if (entries.putIfAbsent(lookupKey(entry.name()), entry) != null) {
                throw FileRejected.corrupt("het onderdeel " + entry.name() + " komt twee keer voor");
            }
            p += CENTRAL_HEADER_SIZE + variableLength;
        }
        return entries;
    }

    private static ZipEntryInfo entry(ZipBytes bytes, int p, int nameLength, int extraLength) {
        int flags = bytes.u16(p + 8);
        String name = bytes.text(p + CENTRAL_HEADER_SIZE, nameLength,
                (flags & UTF8_FLAG) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        long uncompressed = bytes.u32(p + 24);
        long compressed = bytes.u32(p + 20);
        long local = bytes.u32(p + 42);
        if (uncompressed == MARK_32 || compressed == MARK_32 || local == MARK_32) {
            long[] sizes = zip64Sizes(bytes, p + CENTRAL_HEADER_SIZE + nameLength, extraLength,
                    new long[] {uncompressed, compressed, local});
            uncompressed = sizes[0];
            compressed = sizes[1];
            local = sizes[2];
        }
        return new ZipEntryInfo(name, bytes.u16(p + 10), flags, compressed, local, bytes.u32(p + 16), uncompressed);
    }

    /** Replaces the 0xFFFFFFFF markers in {@code values} by the zip64 extra field's values, in their order. */
    private static long[] zip64Sizes(ZipBytes bytes, int extra, int length, long[] values) {
        int p = extra;
        while (p + 4 <= extra + length) {
            int id = bytes.u16(p);
            int size = bytes.u16(p + 2);
            if (id == 0x0001) {
                int q = p + 4;
                for (int i = 0; i < values.length && q + 8 <= p + 4 + size; i++) {
                    if (values[i] == MARK_32) {
                        values[i] = bytes.u64(q);
                        q += 8;
                    }
                }
                return values;
            }
            p += 4 + size;
        }
        throw FileRejected.corrupt("de inhoudsopgave van het zip-archief is ongeldig");
    }

    private static String lookupKey(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        return name.toLowerCase(Locale.ROOT);
    }
}
