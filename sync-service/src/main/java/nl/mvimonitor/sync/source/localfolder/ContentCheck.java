package nl.mvimonitor.sync.source.localfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A cheap value that changes with a file's content, for the listing fingerprint: a save that keeps the size and the
 * modification time (a copy with {@code cp -p}, a tool that sets the time back) still gets the file read again.
 *
 * <p>For a zip (every xlsx) it is a checksum of the central directory and its end record, read from the end of the
 * file: the central directory holds each part's CRC-32 and sizes, so any change of any part shows, and it is a few
 * kB however large the workbook is. A small file, or one that is not a zip, is checked whole (a large one that is not
 * a zip: its first and last 64 kB and its size, as listing must stay cheap).
 *
 * <p>The checksum is CRC-32 and Adler-32 side by side (64 bits), not SHA-256: it only decides whether a file is read
 * again, nobody gains from forging it (whoever can write the file can simply change it), and both run as native code
 * from the first call; SHA-256 (and CRC-32C), Java code until compiled, added about 0.3 to 0.5 s to listing 5,000
 * files in a freshly started process.
 */
final class ContentCheck {

    /** Files up to this size are checked whole: one read, as cheap as finding the central directory. */
    static final int WHOLE_FILE = 16 * 1024;
    /** Non-zip files up to this size are checked whole too; larger ones are not workbooks we read anyway. */
    static final int WHOLE_NON_ZIP = 4 * 1024 * 1024;
    private static final int FIRST_TAIL = 4 * 1024;
    private static final int EOCD = 22;
    private static final int FULL_TAIL = EOCD + 0xFFFF;
    private static final int MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;
    private static final int EOCD_SIGNATURE = 0x06054b50;

    private ContentCheck() {
    }

    /** The check of {@code file} of {@code size} bytes, as 16 hex digits. */
    static String of(Path file, long size) throws IOException {
        Sum sum = new Sum();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (size <= WHOLE_FILE || !checkCentralDirectory(channel, size, sum)) {
                sum = new Sum();
                checkWithoutZip(channel, size, sum);
            }
        }
        return sum.hex();
    }

    /** False when the file has no usable end of central directory (not a zip, zip64, damaged). */
    private static boolean checkCentralDirectory(FileChannel channel, long size, Sum sum)
            throws IOException {
        ByteBuffer tail = read(channel, size - Math.min(size, FIRST_TAIL), (int) Math.min(size, FIRST_TAIL));
        int end = endRecord(tail);
        if (end < 0 && size > FIRST_TAIL) {
            tail = read(channel, size - Math.min(size, FULL_TAIL), (int) Math.min(size, FULL_TAIL));
            end = endRecord(tail);
        }
        if (end < 0) {
            return false;
        }
        long tailStart = size - tail.limit();
        long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
        long directoryStart = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (directorySize > MAX_CENTRAL_DIRECTORY || directoryStart + directorySize > tailStart + end) {
            return false;
        }
        ByteBuffer directory = directoryStart >= tailStart
                ? tail.duplicate().position((int) (directoryStart - tailStart)).limit(end)
                : read(channel, directoryStart, (int) directorySize);
        sum.update(directory);
        sum.update(tail.duplicate().position(end));
        return true;
    }

    /** Position of the end of central directory record: the last signature whose comment reaches the file's end. */
    private static int endRecord(ByteBuffer tail) {
        for (int at = tail.limit() - EOCD; at >= 0; at--) {
            if (tail.getInt(at) == EOCD_SIGNATURE
                    && at + EOCD + Short.toUnsignedInt(tail.getShort(at + 20)) == tail.limit()) {
                return at;
            }
        }
        return -1;
    }

    private static void checkWithoutZip(FileChannel channel, long size, Sum sum) throws IOException {
        if (size <= WHOLE_NON_ZIP) {
            sum.update(read(channel, 0, (int) size));
            return;
        }
        sum.update(read(channel, 0, 64 * 1024));
        sum.update(read(channel, size - 64 * 1024, 64 * 1024));
        sum.update(ByteBuffer.allocate(Long.BYTES).putLong(0, size));
    }

    /** Reads {@code length} bytes at {@code position}; a file that shrank meanwhile gives what is there. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // positional reads until full or at the end
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Two different 32-bit checksums over the same bytes. */
    private static final class Sum {
        private final CRC32 crc32 = new CRC32();
        private final Adler32 adler32 = new Adler32();

        void update(ByteBuffer bytes) {
            crc32.update(bytes.duplicate());
            adler32.update(bytes);
        }

        String hex() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits((int) crc32.getValue()) + hex.toHexDigits((int) adler32.getValue());
        }
    }
}
