package nl.mvimonitor.template.read;

import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of one zip entry, inflated straight from the file's bytes, every byte counted by the
 * {@link InflationBudget}. At its end the data is checked against the CRC-32 and size the central directory declares:
 * a damaged byte that still inflates (a 1 read as a 9) must not pass as a value. Corrupt data becomes
 * {@link FileRejected}, never an unexpected exception. The inflater belongs to the caller, who reuses it for the next
 * entry: closing the stream only resets it.
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
    private final CRC32 crc = new CRC32();
    private boolean verified;
    private boolean failed;

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
        try {
            int n = inflater == null ? copyStored(buffer, offset, length) : inflate(buffer, offset, length);
            if (n > 0) {
                produced += n;
                budget.count(entry, produced, n);
                crc.update(buffer, offset, n);
            } else if (!verified) {
                verify();
            }
            return n;
        } catch (FileRejected rejected) {
            failed = true;
            throw rejected;
        }
    }

    /**
     * Inflates what the parser left unread (counted by the budget like any byte) and checks the whole entry's CRC-32
     * and size; does nothing once the end was reached or the stream failed.
     *
     * @throws FileRejected BESTAND_BESCHADIGD on a mismatch, BESTAND_ZIPBOM when the rest passes a limit
     */
    void finish() {
        if (verified || failed) {
            return;
        }
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // only the count and the checksum matter
        }
    }

    /** True when this stream threw: its state says nothing more about the entry. */
    boolean failed() {
        return failed;
    }

    private void verify() {
        verified = true;
        if (produced != entry.size()) {
            throw FileRejected.corrupt("het onderdeel " + entry.name() + " pakt uit tot een andere grootte dan het "
                    + "zip-archief opgeeft");
        }
        if (crc.getValue() != entry.crc()) {
            throw FileRejected.corrupt("het controlegetal (CRC-32) van het onderdeel " + entry.name() + " klopt niet: "
                    + "de inhoud is onderweg of op schijf veranderd");
        }
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
