package nl.mvimonitor.sync.consolidation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One submission's rows of every per-submission tab of the consolidated workbook, rendered and compressed: what a
 * run keeps of a submission until it changes.
 *
 * @param chunks the rows per tab name, in workbook order
 */
record Fragment(Map<String, Chunk> chunks) {

    private static final int MAGIC = 0x4D564946; // "MVIF"
    private static final int FORMAT = 1;

    Fragment {
        chunks = Collections.unmodifiableMap(new LinkedHashMap<>(chunks));
    }

    Optional<Chunk> chunk(String tabName) {
        return Optional.ofNullable(chunks.get(tabName));
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(chunks.size());
        for (Map.Entry<String, Chunk> entry : chunks.entrySet()) {
            Chunk chunk = entry.getValue();
            out.writeUTF(entry.getKey());
            out.writeInt(chunk.rows());
            out.writeLong(chunk.rawLength());
            out.writeInt(chunk.crc());
            out.writeInt(chunk.deflated().length);
            out.write(chunk.deflated());
        }
    }

    /** Reads a fragment; throws IOException for anything that is not one, so the caller renders it again. */
    static Fragment readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a fragment of this format");
        }
        int count = in.readInt();
        if (count < 0 || count > 1000) {
            throw new IOException("corrupt fragment");
        }
        Map<String, Chunk> chunks = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int rows = in.readInt();
            long rawLength = in.readLong();
            int crc = in.readInt();
            int length = in.readInt();
            if (rows < 0 || rawLength < 0 || length < 0 || length > 1 << 30) {
                throw new IOException("corrupt fragment");
            }
            chunks.put(name, new Chunk(rows, rawLength, crc, in.readNBytes(length)));
        }
        return new Fragment(chunks);
    }
}
