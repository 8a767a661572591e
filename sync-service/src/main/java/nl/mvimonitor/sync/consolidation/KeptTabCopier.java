package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;

/**
 * Copies submissions' compressed rows out of one kept tab file, reading it through a window of 1 MB: a write
 * asks for them nearly in file order, so the file is read about once.
 */
final class KeptTabCopier implements AutoCloseable {

    private static final int WINDOW = 1 << 20;

    private final FileChannel channel;
    private final byte[] window = new byte[WINDOW];
    private long windowStart;
    private int windowLength;
    private final CRC32 crc = new CRC32();

    KeptTabCopier(FileChannel channel) {
        this.channel = channel;
    }

    /** Writes the entry's bytes to {@code out} when they are as recorded; false (nothing written) otherwise. */
    boolean copyTo(KeptTabs.Entry entry, OutputStream out) throws IOException {
        byte[] bytes;
        int from;
        if (entry.deflatedLength() > WINDOW) {
            bytes = read(entry.offset(), entry.deflatedLength());
            from = 0;
        } else {
            if (entry.offset() < windowStart
                    || entry.offset() + entry.deflatedLength() > windowStart + windowLength) {
                fill(entry.offset());
            }
            bytes = window;
            from = (int) (entry.offset() - windowStart);
            if (from + entry.deflatedLength() > windowLength) {
                return false; // the file ends early
            }
        }
        crc.reset();
        crc.update(bytes, from, entry.deflatedLength());
        if ((int) crc.getValue() != entry.deflatedCrc()) {
            return false;
        }
        out.write(bytes, from, entry.deflatedLength());
        return true;
    }

    private void fill(long offset) throws IOException {
        windowStart = offset;
        windowLength = readInto(ByteBuffer.wrap(window), offset);
    }

    private byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        if (readInto(ByteBuffer.wrap(bytes), offset) < length) {
            return new byte[length]; // fails the CRC check
        }
        return bytes;
    }

    private int readInto(ByteBuffer buffer, long offset) throws IOException {
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        return buffer.position();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
