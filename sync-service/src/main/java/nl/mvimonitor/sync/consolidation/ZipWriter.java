package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal zip writer for xlsx packages whose sheet entries are joined from compressed pieces ({@link Chunk}):
 * {@code java.util.zip.ZipOutputStream} can only compress bytes itself. Every entry is deflated, with its CRC and
 * sizes in the local header (no data descriptors), fixed 1980-01-01 timestamps (so equal content gives equal
 * bytes) and UTF-8 names. No zip64: an entry or archive past 4 GiB is refused, far beyond what Excel opens.
 */
final class ZipWriter implements AutoCloseable {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL = 0x06054b50;
    private static final int VERSION = 20;
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DEFLATED = 8;
    private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
    private static final long MAX_32 = 0xFFFFFFFFL;

    /** A compressed piece of an entry. */
    interface Piece {
        long rawLength();

        int crc();

        long deflatedLength();

        void copyTo(OutputStream out) throws IOException;
    }

    private final OutputStream out;
    private final List<Written> written = new ArrayList<>();
    private long offset;

    ZipWriter(OutputStream out) {
        this.out = out;
    }

    /** An entry compressed here in one piece. */
    void entry(String name, byte[] content) throws IOException {
        entry(name, List.of(piece(Chunk.last(content))));
    }

    /** An entry joined from pieces; all but the last end with a sync flush, the last finishes the stream. */
    void entry(String name, List<Piece> pieces) throws IOException {
        long raw = 0;
        long deflated = 0;
        int crc = 0;
        for (Piece piece : pieces) {
            crc = Crc32Combine.combine(crc, piece.crc(), piece.rawLength());
            raw += piece.rawLength();
            deflated += piece.deflatedLength();
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        Written entry = new Written(nameBytes, crc, deflated, raw, offset);
        check(entry);
        ByteArrayOutputStream header = new ByteArrayOutputStream(30 + nameBytes.length);
        int32(header, LOCAL_HEADER);
        int16(header, VERSION);
        int16(header, UTF8_NAMES);
        int16(header, DEFLATED);
        int16(header, 0);
        int16(header, DOS_DATE_1980_01_01);
        int32(header, crc);
        int32(header, (int) deflated);
        int32(header, (int) raw);
        int16(header, nameBytes.length);
        int16(header, 0);
        header.write(nameBytes);
        write(header.toByteArray());
        for (Piece piece : pieces) {
            piece.copyTo(out);
        }
        offset += deflated;
        written.add(entry);
    }

    /** Writes the central directory; the stream is left open. */
    @Override
    public void close() throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Written entry : written) {
            int32(central, CENTRAL_HEADER);
            int16(central, VERSION);
            int16(central, VERSION);
            int16(central, UTF8_NAMES);
            int16(central, DEFLATED);
            int16(central, 0);
            int16(central, DOS_DATE_1980_01_01);
            int32(central, entry.crc());
            int32(central, (int) entry.deflated());
            int32(central, (int) entry.raw());
            int16(central, entry.name().length);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int16(central, 0);
            int32(central, 0);
            int32(central, (int) entry.offset());
            central.write(entry.name());
        }
        long centralOffset = offset;
        byte[] directory = central.toByteArray();
        if (written.size() > 0xFFFF || centralOffset + directory.length > MAX_32) {
            throw new IOException("the workbook is too large for a zip file without zip64");
        }
        write(directory);
        ByteArrayOutputStream end = new ByteArrayOutputStream(22);
        int32(end, END_OF_CENTRAL);
        int16(end, 0);
        int16(end, 0);
        int16(end, written.size());
        int16(end, written.size());
        int32(end, directory.length);
        int32(end, (int) centralOffset);
        int16(end, 0);
        write(end.toByteArray());
        out.flush();
    }

    static Piece piece(Chunk chunk) {
        return new Piece() {
            @Override
            public long rawLength() {
                return chunk.rawLength();
            }

            @Override
            public int crc() {
                return chunk.crc();
            }

            @Override
            public long deflatedLength() {
                return chunk.deflated().length;
            }

            @Override
            public void copyTo(OutputStream target) throws IOException {
                target.write(chunk.deflated());
            }
        };
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        offset += bytes.length;
    }

    private static void check(Written entry) throws IOException {
        if (entry.raw() > MAX_32 || entry.deflated() > MAX_32 || entry.offset() + entry.deflated() > MAX_32) {
            throw new IOException("sheet " + new String(entry.name(), StandardCharsets.UTF_8)
                    + " is too large for a zip file without zip64");
        }
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        int16(out, value & 0xFFFF);
        int16(out, (value >>> 16) & 0xFFFF);
    }

    private record Written(byte[] name, int crc, long deflated, long raw, long offset) {
    }
}
