package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The index of a {@link KeptTabs} generation on disk: the rendering and tabs it was made with, each tab's file and
 * length, and each submission's entries, followed by a CRC-32 of all of it. A damaged index is an IOException.
 */
final class KeptTabIndex {

    static final String FILE = "index";
    private static final int MAGIC = 0x4D56544B; // "MVTK"
    private static final int FORMAT = 1;
    /** A sane bound on counts read back, so a damaged index cannot ask for gigabytes. */
    private static final int MAX_COUNT = 10_000_000;
    /** Offset, lengths, CRCs and rows of one entry. */
    private static final int ENTRY_BYTES = 8 + 4 + 8 + 4 + 4 + 4;

    private KeptTabIndex() {
    }

    /**
     * Writes the generation's index into its folder, in the form a DataOutputStream gives (read back by {@link
     * #read}), encoded straight into one buffer: a run writes one entry per submission and tab.
     */
    static void write(KeptTabs.Generation generation) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        texts.add(utf(generation.rendering()));
        for (int tab = 0; tab < generation.tabNames().size(); tab++) {
            texts.add(utf(generation.tabNames().get(tab)));
            texts.add(utf(generation.fileNames().get(tab)));
        }
        int tabs = generation.tabNames().size();
        long size = 4 + 4 + 4 + 4 + tabs * 8L + texts.stream().mapToLong(t -> 2 + t.length).sum();
        Map<String, byte[]> keys = new HashMap<>();
        for (String key : generation.entries().keySet()) {
            byte[] encoded = utf(key);
            keys.put(key, encoded);
            size += 2 + encoded.length + tabs * (long) ENTRY_BYTES;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("index too large");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size + 4);
        buffer.putInt(MAGIC).putInt(FORMAT);
        putText(buffer, texts.get(0));
        buffer.putInt(tabs);
        for (int tab = 0; tab < tabs; tab++) {
            putText(buffer, texts.get(1 + 2 * tab));
            putText(buffer, texts.get(2 + 2 * tab));
            buffer.putLong(generation.fileLengths().get(tab));
        }
        buffer.putInt(generation.entries().size());
        for (Map.Entry<String, KeptTabs.Entry[]> submission : generation.entries().entrySet()) {
            putText(buffer, keys.get(submission.getKey()));
            for (KeptTabs.Entry entry : submission.getValue()) {
                buffer.putLong(entry.offset()).putInt(entry.deflatedLength()).putLong(entry.rawLength())
                        .putInt(entry.crc()).putInt(entry.rows()).putInt(entry.deflatedCrc());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        Files.write(generation.folder().resolve(FILE), buffer.array());
    }

    /** Modified UTF-8 as DataOutputStream.writeUTF writes it, without its length. */
    private static byte[] utf(String text) throws IOException {
        if (text.chars().allMatch(c -> c > 0 && c < 0x80)) {
            return text.getBytes(StandardCharsets.US_ASCII); // the same bytes: keys are hex digits
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 2);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(text);
        }
        byte[] withLength = bytes.toByteArray();
        return Arrays.copyOfRange(withLength, 2, withLength.length);
    }

    private static void putText(ByteBuffer buffer, byte[] utf) {
        buffer.putShort((short) utf.length).put(utf);
    }

    /** Reads the index of the generation in {@code folder}. */
    static KeptTabs.Generation read(Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(FILE));
        if (bytes.length < 4) {
            throw new IOException("index too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            throw new IOException("index checksum does not match");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not an index of this format");
            }
            String rendering = in.readUTF();
            int tabCount = count(in.readInt());
            List<String> tabNames = new ArrayList<>();
            List<String> fileNames = new ArrayList<>();
            List<Long> fileLengths = new ArrayList<>();
            for (int tab = 0; tab < tabCount; tab++) {
                tabNames.add(in.readUTF());
                fileNames.add(in.readUTF());
                fileLengths.add(in.readLong());
            }
            int submissions = count(in.readInt());
            Map<String, KeptTabs.Entry[]> entries = new HashMap<>();
            for (int i = 0; i < submissions; i++) {
                String key = in.readUTF();
                KeptTabs.Entry[] ofTabs = new KeptTabs.Entry[tabCount];
                for (int tab = 0; tab < tabCount; tab++) {
                    ofTabs[tab] = new KeptTabs.Entry(in.readLong(), in.readInt(), in.readLong(), in.readInt(), in.readInt(),
                            in.readInt());
                }
                entries.put(key, ofTabs);
            }
            return new KeptTabs.Generation(folder, rendering, tabNames, fileNames, fileLengths, entries);
        }
    }

    private static int count(int value) throws IOException {
        if (value < 0 || value > MAX_COUNT) {
            throw new IOException("bad count");
        }
        return value;
    }
}
