package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

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
     * Overwrites the uncompressed size that the zip's central directory, local header and data descriptor claim for
     * one entry, all alike: a reader that trusted them would think the entry small.
     */
    static byte[] claimUncompressedSize(byte[] zip, String entryName, int claimed) {
        return patchHeaders(zip, entryName, 24, 22, 8, claimed);
    }

    /** Overwrites the CRC-32 that the central directory, local header and data descriptor declare, all alike. */
    static byte[] claimCrc(byte[] zip, String entryName, int claimed) {
        return patchHeaders(zip, entryName, 16, 14, 0, claimed);
    }

    /** Overwrites the CRC-32 in the central directory only, leaving the local header and data descriptor. */
    static byte[] claimCentralCrc(byte[] zip, String entryName, int claimed) {
        return patchHeaders(zip, entryName, 16, -1, -1, claimed);
    }

    /** Overwrites the CRC-32 in the local header only. */
    static byte[] claimLocalCrc(byte[] zip, String entryName, int claimed) {
        return patchHeaders(zip, entryName, -1, 14, -1, claimed);
    }

    /** Overwrites the CRC-32 in the data descriptor only (an entry that has one). */
    static byte[] claimDescriptorCrc(byte[] zip, String entryName, int claimed) {
        return patchHeaders(zip, entryName, -1, -1, 0, claimed);
    }

    /**
     * Writes {@code value} at these offsets of the entry's central header, local header and data descriptor (after
     * its signature, when it has one); a negative offset leaves that copy alone.
     */
    private static byte[] patchHeaders(byte[] zip, String entryName, int central, int local, int descriptor,
                                       int value) {
        byte[] patched = zip.clone();
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + name.length <= patched.length; p++) {
            if (signature(patched, p, 0x02014b50) && nameAt(patched, p + 46, name)) {
                if (central >= 0) {
                    writeInt(patched, p + central, value);
                }
                int localHeader = readInt(zip, p + 42);
                if (local >= 0) {
                    writeInt(patched, localHeader + local, value);
                }
                int flags = readShort(zip, p + 8);
                if (descriptor >= 0 && (flags & 8) != 0) {
                    int end = localHeader + 30 + readShort(zip, localHeader + 26) + readShort(zip, localHeader + 28)
                            + readInt(zip, p + 20);
                    int at = signature(zip, end, 0x08074b50) ? end + 4 : end;
                    writeInt(patched, at + descriptor, value);
                }
            }
        }
        return patched;
    }

    /** Sets the compression method and general purpose flags of an entry, in its central and local header. */
    static byte[] setMethodAndFlags(byte[] zip, String entryName, int method, int flags) {
        byte[] patched = zip.clone();
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + name.length <= patched.length; p++) {
            if (signature(patched, p, 0x02014b50) && nameAt(patched, p + 46, name)) {
                int local = readInt(zip, p + 42);
                writeShort(patched, p + 8, flags);
                writeShort(patched, p + 10, method);
                writeShort(patched, local + 6, flags);
                writeShort(patched, local + 8, method);
            }
        }
        return patched;
    }

    /** The general purpose flags of an entry, from its central header. */
    static int flagsOf(byte[] zip, String entryName) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + name.length <= zip.length; p++) {
            if (signature(zip, p, 0x02014b50) && nameAt(zip, p + 46, name)) {
                return readShort(zip, p + 8);
            }
        }
        throw new IllegalArgumentException("no entry " + entryName);
    }

    /**
     * Replaces the bytes of {@code from} by those of {@code to} (same length) wherever they occur: in an entry that
     * is stored, or deflated without compression, a changed value in the data that still inflates.
     */
    static byte[] replaceBytes(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] copy = zip.clone();
        int found = 0;
        for (int p = 0; p + a.length <= copy.length; p++) {
            if (nameAt(copy, p, a)) {
                System.arraycopy(b, 0, copy, p, b.length);
                found++;
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("not in the zip: " + from);
        }
        return copy;
    }

    /**
     * Flips one bit in the middle of a deflated entry's data such that the data still inflates, to other bytes: damage
     * that only the CRC-32 (or the size) can reveal.
     */
    static byte[] flipABitThatStillInflates(byte[] zip, String entryName) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + name.length <= zip.length; p++) {
            if (signature(zip, p, 0x02014b50) && nameAt(zip, p + 46, name)) {
                int local = readInt(zip, p + 42);
                int start = local + 30 + readShort(zip, local + 26) + readShort(zip, local + 28);
                int length = readInt(zip, p + 20);
                byte[] original = inflate(zip, start, length);
                for (int at = start + length / 2; at < start + length; at++) {
                    for (int bit = 0; bit < 8; bit++) {
                        byte[] flipped = zip.clone();
                        flipped[at] ^= (byte) (1 << bit);
                        byte[] inflated = inflate(flipped, start, length);
                        if (inflated != null && !Arrays.equals(inflated, original)) {
                            return flipped;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("no bit to flip in " + entryName);
    }

    /** The raw-deflate data inflated, or null when it does not inflate to its end. */
    private static byte[] inflate(byte[] data, int start, int length) {
        Inflater inflater = new Inflater(true);
        try {
            // one byte past the data, as the reader gives raw deflate to see its end
            inflater.setInput(Arrays.copyOfRange(data, start, start + length + 1));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
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

    private static int readInt(byte[] data, int p) {
        return data[p] & 0xFF | (data[p + 1] & 0xFF) << 8 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 24;
    }

    private static int readShort(byte[] data, int p) {
        return data[p] & 0xFF | (data[p + 1] & 0xFF) << 8;
    }

    private static void writeShort(byte[] data, int p, int value) {
        data[p] = (byte) value;
        data[p + 1] = (byte) (value >>> 8);
    }

    private static void writeInt(byte[] data, int p, int value) {
        for (int i = 0; i < 4; i++) {
            data[p + i] = (byte) (value >>> (8 * i));
        }
    }
}
