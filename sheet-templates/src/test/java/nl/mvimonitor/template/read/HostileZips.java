package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Building blocks for hostile files, generated in memory so nothing large lives on disk. */
final class HostileZips {

    private HostileZips() {
    }

    /** An XML part whose prolog is one comment of {@code size} bytes: inflates to size, parsed before any element. */
    static String xmlWithCommentProlog(int size, boolean compressible) {
        StringBuilder xml = new StringBuilder(size + 100).append("<?xml version=\"1.0\"?><!--");
        Random random = new Random(42);
        for (int i = 0; i < size; i++) {
            xml.append(compressible ? 'a' : (char) ('a' + random.nextInt(26)));
        }
        return xml.append("--><root/>").toString();
    }

    /**
     * Overwrites the uncompressed size that the zip's central directory and local header claim for one entry: a
     * reader that trusted them would think the entry small.
     */
    static byte[] claimUncompressedSize(byte[] zip, String entryName, int claimed) {
        byte[] patched = zip.clone();
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + name.length <= patched.length; p++) {
            int headerSize = signature(patched, p, 0x02014b50) ? 46 : signature(patched, p, 0x04034b50) ? 30 : 0;
            int sizeOffset = headerSize == 46 ? 24 : 22;
            if (headerSize > 0 && nameAt(patched, p + headerSize, name)) {
                writeInt(patched, p + sizeOffset, claimed);
            }
        }
        return patched;
    }

    /** Renames an entry in place (a name of the same length), in both its local and central header. */
    static byte[] renameEntry(byte[] zip, String from, String to) {
        byte[] copy = zip.clone();
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + a.length <= copy.length; p++) {
            if (nameAt(copy, p, a)) {
                System.arraycopy(b, 0, copy, p, b.length);
            }
        }
        return copy;
    }

    private static boolean signature(byte[] data, int p, int signature) {
        return (data[p] & 0xFF | (data[p + 1] & 0xFF) << 8 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 24)
                == signature;
    }

    private static boolean nameAt(byte[] data, int p, byte[] name) {
        return Arrays.equals(data, p, p + name.length, name, 0, name.length);
    }

    private static void writeInt(byte[] data, int p, int value) {
        for (int i = 0; i < 4; i++) {
            data[p + i] = (byte) (value >>> (8 * i));
        }
    }
}
