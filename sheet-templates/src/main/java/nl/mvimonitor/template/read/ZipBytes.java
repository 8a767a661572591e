package nl.mvimonitor.template.read;

import java.nio.charset.Charset;

/** Little-endian access to a zip held in memory, where every read past the end is a corrupt file. */
final class ZipBytes {

    private final byte[] data;

    ZipBytes(byte[] data) {
        this.data = data;
    }

    byte[] data() {
        return data;
    }

    int length() {
        return data.length;
    }

    /**
     * {@code offset} as an int, after checking that {@code length} bytes from there lie inside the file.
     *
     * @param what Dutch name of what is read, for the message
     */
    int offset(long offset, long length, String what) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw FileRejected.corrupt("het zip-archief is afgebroken of beschadigd bij " + what);
        }
        return (int) offset;
    }

    int u16(int p) {
        check(p, 2);
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
    }

    int i32(int p) {
        check(p, 4);
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 24;
    }

    long u32(int p) {
        return i32(p) & 0xFFFFFFFFL;
    }

    long u64(int p) {
        long value = u32(p) | u32(p + 4) << 32;
        if (value < 0) {
            throw FileRejected.corrupt("het zip-archief bevat een ongeldige grootte");
        }
        return value;
    }

    String text(int p, int length, Charset charset) {
        check(p, length);
        return new String(data, p, length, charset);
    }

    private void check(int p, int length) {
        if (p < 0 || p + length > data.length) {
            throw FileRejected.corrupt("het zip-archief is afgebroken of beschadigd");
        }
    }
}
