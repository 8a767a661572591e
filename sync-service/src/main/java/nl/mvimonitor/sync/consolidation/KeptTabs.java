package nl.mvimonitor.sync.consolidation;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-submission tabs of the overview as the last write left them, kept in the cache folder: each tab's
 * compressed rows in one file, in submission order, and an index of where each submission's rows of each tab are
 * (offset, lengths, CRCs). The next write copies the rows of unchanged submissions from these files in large blocks,
 * so it reads no fragment of them; only new submissions need theirs. A write keeps its own tabs as the next
 * generation ({@link #keep}) and the older one is deleted; a write that split a tab over continuation sheets keeps
 * none.
 *
 * <p>Derived data, checked as it is used: the index carries a CRC, every copied submission's compressed bytes are
 * checked against the CRC recorded for them, and anything that does not match is taken from the fragment cache or
 * rendered again. The index of the current generation is remembered in memory per cache folder.
 */
final class KeptTabs {

    private static final Logger LOG = LoggerFactory.getLogger(KeptTabs.class);
    /** Sub-folder of the overview's cache folder. */
    static final String FOLDER = "tabbladen";
    private static final String POINTER = "huidig";
    private static final String INDEX = "index";
    private static final String GENERATION_PREFIX = "generatie-";
    private static final int MAGIC = 0x4D56544B; // "MVTK"
    private static final int FORMAT = 1;
    /** A sane bound on counts read back, so a damaged index cannot ask for gigabytes. */
    private static final int MAX_COUNT = 10_000_000;
    private static final Map<Path, Generation> REMEMBERED = new ConcurrentHashMap<>();

    private KeptTabs() {
    }

    /**
     * Where one submission's rows of one tab are in a kept tab file.
     *
     * @param offset         first byte in the tab file
     * @param deflatedLength compressed length
     * @param rawLength      length of the XML before compression
     * @param crc            CRC-32 of the XML
     * @param rows           spreadsheet rows
     * @param deflatedCrc    CRC-32 of the compressed bytes, to check them as they are copied
     */
    record Entry(long offset, int deflatedLength, long rawLength, int crc, int rows, int deflatedCrc) {

        /** The same rows at another place in a file. */
        Entry at(long newOffset) {
            return new Entry(newOffset, deflatedLength, rawLength, crc, rows, deflatedCrc);
        }
    }

    /** Forgets the indexes remembered in memory, as a new process would start; for tests. */
    static void forgetRemembered() {
        REMEMBERED.clear();
    }

    /** A folder for the tab files of the write about to start, the next generation if the write keeps it. */
    static Path newGeneration(Path cacheFolder) throws IOException {
        Path folder = cacheFolder.resolve(FOLDER).resolve(GENERATION_PREFIX + UUID.randomUUID());
        return Files.createDirectories(folder);
    }

    /** The current generation, if there is one made with this rendering and these tabs. */
    static Optional<Generation> load(Path cacheFolder, String rendering, List<String> tabNames) {
        Path tabs = cacheFolder.resolve(FOLDER);
        try {
            Path folder = tabs.resolve(Files.readString(tabs.resolve(POINTER), StandardCharsets.UTF_8).trim());
            Generation known = REMEMBERED.get(cacheFolder.toAbsolutePath().normalize());
            Generation generation = known != null && known.folder().equals(folder) ? known : read(folder);
            if (!generation.rendering().equals(rendering) || !generation.tabNames().equals(tabNames)
                    || !generation.filesAsWritten()) {
                return Optional.empty();
            }
            return Optional.of(generation);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info("Bewaarde tabbladen van het overzicht onbruikbaar ({}); ze worden opnieuw opgebouwd",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Makes the tabs just written in {@code folder} (one file per tab, with the entries of each submission) the
     * current generation: the index is written, then the pointer moved to it, then other generations deleted.
     */
    static void keep(Path cacheFolder, Generation generation) throws IOException {
        Path tabs = cacheFolder.resolve(FOLDER);
        write(generation);
        Path pointer = tabs.resolve(POINTER);
        Path temp = tabs.resolve(POINTER + "-" + UUID.randomUUID() + ".tmp");
        Files.writeString(temp, generation.folder().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        REMEMBERED.put(cacheFolder.toAbsolutePath().normalize(), generation);
        deleteOtherGenerations(tabs, generation.folder());
    }

    /** No generation is current any more (a write that could not keep its tabs); the folders are deleted. */
    static void forget(Path cacheFolder, Path except) throws IOException {
        Path tabs = cacheFolder.resolve(FOLDER);
        REMEMBERED.remove(cacheFolder.toAbsolutePath().normalize());
        Files.deleteIfExists(tabs.resolve(POINTER));
        if (Files.isDirectory(tabs)) {
            deleteOtherGenerations(tabs, except);
        }
    }

    /**
     * One generation: its folder, the rendering and tabs it was made with, each tab's file and length, and the
     * entries of each submission by content key (one per tab, in tab order).
     */
    record Generation(Path folder, String rendering, List<String> tabNames, List<String> fileNames,
                      List<Long> fileLengths, Map<String, Entry[]> entries) {

        Generation {
            tabNames = List.copyOf(tabNames);
            fileNames = List.copyOf(fileNames);
            fileLengths = List.copyOf(fileLengths);
            entries = Map.copyOf(entries);
        }

        /** The submission's entries, one per tab, or null when it is not kept (in every tab). */
        Entry[] of(String contentKey) {
            Entry[] ofTabs = entries.get(contentKey);
            if (ofTabs == null || ofTabs.length != tabNames.size()) {
                return null;
            }
            for (Entry entry : ofTabs) {
                if (entry == null) {
                    return null;
                }
            }
            return ofTabs;
        }

        /** Reads the kept bytes of one tab, for the write that copies them. */
        Copier copier(int tab) throws IOException {
            return new Copier(FileChannel.open(folder.resolve(fileNames.get(tab)), StandardOpenOption.READ));
        }

        private boolean filesAsWritten() throws IOException {
            for (int tab = 0; tab < fileNames.size(); tab++) {
                Path file = folder.resolve(fileNames.get(tab));
                if (!Files.isRegularFile(file) || Files.size(file) != fileLengths.get(tab)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Copies submissions' compressed rows out of one kept tab file, reading it through a window of 1 MB: a write
     * asks for them nearly in file order, so the file is read about once.
     */
    static final class Copier implements AutoCloseable {

        private static final int WINDOW = 1 << 20;

        private final FileChannel channel;
        private final byte[] window = new byte[WINDOW];
        private long windowStart;
        private int windowLength;
        private final CRC32 crc = new CRC32();

        private Copier(FileChannel channel) {
            this.channel = channel;
        }

        /** Writes the entry's bytes to {@code out} when they are as recorded; false (nothing written) otherwise. */
        boolean copyTo(Entry entry, OutputStream out) throws IOException {
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

    private static void write(Generation generation) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(generation.rendering());
            out.writeInt(generation.tabNames().size());
            for (int tab = 0; tab < generation.tabNames().size(); tab++) {
                out.writeUTF(generation.tabNames().get(tab));
                out.writeUTF(generation.fileNames().get(tab));
                out.writeLong(generation.fileLengths().get(tab));
            }
            out.writeInt(generation.entries().size());
            for (Map.Entry<String, Entry[]> submission : generation.entries().entrySet()) {
                out.writeUTF(submission.getKey());
                for (Entry entry : submission.getValue()) {
                    out.writeLong(entry.offset());
                    out.writeInt(entry.deflatedLength());
                    out.writeLong(entry.rawLength());
                    out.writeInt(entry.crc());
                    out.writeInt(entry.rows());
                    out.writeInt(entry.deflatedCrc());
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(
                generation.folder().resolve(INDEX)))) {
            bytes.writeTo(file);
            file.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
    }

    private static Generation read(Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(INDEX));
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
            Map<String, Entry[]> entries = new HashMap<>();
            for (int i = 0; i < submissions; i++) {
                String key = in.readUTF();
                Entry[] ofTabs = new Entry[tabCount];
                for (int tab = 0; tab < tabCount; tab++) {
                    ofTabs[tab] = new Entry(in.readLong(), in.readInt(), in.readLong(), in.readInt(), in.readInt(),
                            in.readInt());
                }
                entries.put(key, ofTabs);
            }
            return new Generation(folder, rendering, tabNames, fileNames, fileLengths, entries);
        }
    }

    private static int count(int value) throws IOException {
        if (value < 0 || value > MAX_COUNT) {
            throw new IOException("bad count");
        }
        return value;
    }

    private static void deleteOtherGenerations(Path tabs, Path keep) throws IOException {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tabs, GENERATION_PREFIX + "*")) {
            folders.forEach(folder -> {
                if (keep == null || !folder.equals(keep)) {
                    others.add(folder);
                }
            });
        }
        for (Path folder : others) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.debug("Kon {} niet verwijderen", folder);
            }
        }
    }
}
