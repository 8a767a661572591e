package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * Reads what {@link SubmissionFactsFormat} wrote with a DataOutputStream (big-endian ints, UTF-16 chars), straight
 * from the bytes: a run decodes the kept facts of every submission, and a DataInputStream reads each byte through a
 * synchronized stream. Reading past the end is an IOException, as with a DataInputStream.
 */
final class FactsInput {

    /** A sane bound for lengths and counts read back, so a damaged file cannot ask for gigabytes. */
    private static final int MAX_LENGTH = 1 << 24;

    private final ByteBuffer bytes;

    FactsInput(byte[] bytes) {
        this.bytes = ByteBuffer.wrap(bytes);
    }

    int readInt() throws IOException {
        need(4);
        return bytes.getInt();
    }

    boolean readBoolean() throws IOException {
        need(1);
        return bytes.get() != 0;
    }

    /** A count or length, refused when negative or beyond {@link #MAX_LENGTH}. */
    int count() throws IOException {
        int count = readInt();
        if (count < 0 || count > MAX_LENGTH) {
            throw new IOException("bad count");
        }
        return count;
    }

    /** Length-prefixed UTF-16 chars, -1 for null. */
    String readText() throws IOException {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("bad text length");
        }
        need(2L * length);
        // char by char from the array: a CharBuffer view per text cost more than the rest of the decoding
        byte[] array = bytes.array();
        int at = bytes.position();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++, at += 2) {
            chars[i] = (char) ((array[at] & 0xff) << 8 | array[at + 1] & 0xff);
        }
        bytes.position(at);
        return new String(chars);
    }

    BigDecimal readDecimal() throws IOException {
        String text = readText();
        return text == null ? null : new BigDecimal(text);
    }

    boolean atEnd() {
        return !bytes.hasRemaining();
    }

    private void need(long count) throws IOException {
        if (bytes.remaining() < count) {
            throw new IOException("facts end early");
        }
    }
}
