package nl.mvimonitor.sync.source.localfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cheap value that changes with a file's content, for the listing fingerprint: a save that keeps the size and the
 * modification time (a copy with {@code cp -p}, a tool that sets the time back) still gets the file read again.
 *
 * <p>For a zip (every xlsx) it is the SHA-256 of the central directory and its end record, read from the end of the
 * file: the central directory holds each part's CRC-32 and sizes, so any change of any part shows, and it is a few
 * kB however large the workbook is. A small file, or one that is not a zip, is hashed whole (a large one that is not
 * a zip: its first and last 64 kB and its size, as listing must stay cheap).
 */
final class ContentCheck {

    /** Files up to this size are hashed whole: one read, as cheap as finding the central directory. */
    static final int WHOLE_FILE = 16 * 1024;
    /** Non-zip files up to this size are hashed whole too; larger ones are not workbooks we read anyway. */
    static final int WHOLE_NON_ZIP = 4 * 1024 * 1024;
    private static final int FIRST_TAIL = 4 * 1024;
    private static final int EOCD = 22;
    private static final int FULL_TAIL = EOCD + 0xFFFF;
    private static final int MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;
    private static final int EOCD_SIGNATURE = 0x06054b50;

    private ContentCheck() {
    }

    /** The check of {@code file} of {@code size} bytes, as 32 hex digits (128 bits of SHA-256). */
    static String of(Path file, long size) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (size <= WHOLE_FILE || !hashCentralDirectory(channel, size, digest)) {
                digest.reset();
                hashWithoutZip(channel, size, digest);
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** False when the file has no usable end of central directory (not a zip, zip64, damaged). */
    private static boolean hashCentralDirectory(FileChannel channel, long size, MessageDigest digest)
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
        digest.update(directory);
        digest.update(tail.duplicate().position(end));
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

    private static void hashWithoutZip(FileChannel channel, long size, MessageDigest digest) throws IOException {
        if (size <= WHOLE_NON_ZIP) {
            digest.update(read(channel, 0, (int) size));
            return;
        }
        digest.update(read(channel, 0, 64 * 1024));
        digest.update(read(channel, size - 64 * 1024, 64 * 1024));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(0, size));
    }

    /** Reads {@code length} bytes at {@code position}; a file that shrank meanwhile gives what is there. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // positional reads until full or at the end
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
