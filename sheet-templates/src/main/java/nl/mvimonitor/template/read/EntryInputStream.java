package nl.mvimonitor.template.read;

import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of one zip entry, inflated straight from the file's bytes, every byte counted by the
 * {@link InflationBudget}. Corrupt data becomes {@link FileRejected}, never an unexpected exception. The inflater
 * belongs to the caller, who reuses it for the next entry: closing the stream only resets it.
 */
final class EntryInputStream extends InputStream {

    private final ZipEntryInfo entry;
    private final InflationBudget budget;
    private final byte[] data;
    private final Inflater inflater;
    private int position;
    private final int end;
    private long produced;
    private boolean dummyGiven;

    /** @param inflater a raw-deflate ({@code nowrap}) inflater in its reset state, used only for a deflated entry */
    EntryInputStream(ZipEntryInfo entry, byte[] data, int start, int length, InflationBudget budget, Inflater inflater) {
        this.entry = entry;
        this.budget = budget;
        this.data = data;
        this.position = start;
        this.end = start + length;
        this.inflater = entry.method() == ZipEntryInfo.DEFLATED ? inflater : null;
        if (this.inflater != null) {
            this.inflater.setInput(data, start, length);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int n = inflater == null ? copyStored(buffer, offset, length) : inflate(buffer, offset, length);
        if (n > 0) {
            produced += n;
            budget.count(entry, produced, n);
        }
        return n;
    }

    private int copyStored(byte[] buffer, int offset, int length) {
        int n = Math.min(length, end - position);
        if (n <= 0) {
            return -1;
        }
        System.arraycopy(data, position, buffer, offset, n);
        position += n;
        return n;
    }

    private int inflate(byte[] buffer, int offset, int length) {
        try {
            while (true) {
                int n = inflater.inflate(buffer, offset, length);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    return -1;
                }
                if (inflater.needsDictionary() || !inflater.needsInput() || dummyGiven) {
                    throw FileRejected.corrupt("het onderdeel " + entry.name() + " is afgebroken of beschadigd");
                }
                // raw deflate may need one byte past the data to see its end, as java.util.zip.ZipFile gives it
                dummyGiven = true;
                inflater.setInput(new byte[1]);
            }
        } catch (DataFormatException e) {
            throw FileRejected.corrupt("het onderdeel " + entry.name() + " is beschadigd");
        }
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.reset();
        }
    }
}
