package nl.mvimonitor.sync.consolidation;

import java.io.IOException;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.mvimonitor.template.privacy.SafeName;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;

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
    private static final String GENERATION_PREFIX = "generatie-";
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

    /**
     * A folder in the cache folder for the tab files of the write about to start, the next generation if the write
     * keeps it; none when the cache folder cannot be written (the cache never makes a write fail).
     */
    static Optional<Path> newGeneration(Path cacheFolder) {
        try {
            return Optional.of(Files.createDirectories(
                    cacheFolder.resolve(FOLDER).resolve(GENERATION_PREFIX + UUID.randomUUID())));
        } catch (IOException e) {
            LOG.info("Tabbladen van het overzicht worden niet bewaard ({})",
                    FailureText.reason(e, ServicePlaces.none()));
            return Optional.empty();
        }
    }

    /**
     * Keeps the tab files the write spooled in {@code folder} as the current generation, when every tab is one
     * sheet; else no generation is current. False when nothing was kept: the caller deletes the folder. Failing to
     * keep them only costs the next write time, so it is logged, not thrown.
     */
    static boolean keep(Path cacheFolder, Path folder, String rendering, List<String> tabNames,
            List<TabSpool> spools) {
        try {
            if (!spools.stream().allMatch(TabSpool::keepable)) {
                forget(cacheFolder, folder);
                return false;
            }
            Map<String, Entry[]> entries = new HashMap<>();
            List<String> files = new ArrayList<>();
            List<Long> lengths = new ArrayList<>();
            for (int tab = 0; tab < spools.size(); tab++) {
                TabSpool.Part part = spools.get(tab).parts().get(0);
                files.add(part.file().getFileName().toString());
                lengths.add(Files.size(part.file()));
                for (Map.Entry<String, Entry> entry : spools.get(tab).entries().entrySet()) {
                    entries.computeIfAbsent(entry.getKey(), k -> new Entry[spools.size()])[tab] = entry.getValue();
                }
            }
            keep(cacheFolder, new Generation(folder, rendering, tabNames, files, lengths, entries));
            return true;
        } catch (IOException e) {
            LOG.info("Tabbladen van het overzicht niet bewaard ({})", FailureText.reason(e, ServicePlaces.none()));
            return false;
        }
    }

    /** The current generation, if there is one made with this rendering and these tabs. */
    static Optional<Generation> load(Path cacheFolder, String rendering, List<String> tabNames) {
        Path tabs = cacheFolder.resolve(FOLDER);
        try {
            String name = Files.readString(tabs.resolve(POINTER), StandardCharsets.UTF_8).trim();
            if (!name.startsWith(GENERATION_PREFIX) || name.contains("/") || name.contains("\\")) {
                throw new IOException("not a generation folder");
            }
            Path folder = tabs.resolve(name);
            Generation known = REMEMBERED.get(cacheFolder.toAbsolutePath().normalize());
            Generation generation = known != null && known.folder().equals(folder) ? known
                    : KeptTabIndex.read(folder);
            if (!generation.rendering().equals(rendering) || !generation.tabNames().equals(tabNames)
                    || !generation.filesAsWritten()) {
                return Optional.empty();
            }
            return Optional.of(generation);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info("Bewaarde tabbladen van het overzicht onbruikbaar ({}); ze worden opnieuw opgebouwd",
                    FailureText.reason(e, ServicePlaces.none()));
            return Optional.empty();
        }
    }

    /**
     * Makes the tabs just written in {@code folder} (one file per tab, with the entries of each submission) the
     * current generation: the index is written, then the pointer moved to it, then other generations deleted.
     */
    private static void keep(Path cacheFolder, Generation generation) throws IOException {
        Path tabs = cacheFolder.resolve(FOLDER);
        KeptTabIndex.write(generation);
        Path pointer = tabs.resolve(POINTER);
        Path temp = tabs.resolve(POINTER + "-" + UUID.randomUUID() + ".tmp");
        Files.writeString(temp, generation.folder().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        REMEMBERED.put(cacheFolder.toAbsolutePath().normalize(), generation);
        deleteOtherGenerations(tabs, generation.folder());
    }

    /** No generation is current any more (a write that could not keep its tabs); the folders are deleted. */
    private static void forget(Path cacheFolder, Path except) throws IOException {
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
        KeptTabCopier copier(int tab) throws IOException {
            return new KeptTabCopier(FileChannel.open(folder.resolve(fileNames.get(tab)), StandardOpenOption.READ));
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
                LOG.debug("Kon {} niet verwijderen", SafeName.logged(folder));
            }
        }
    }
}
