package nl.mvimonitor.sync.tempfolder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * This process's folder for temporary files: a sub-folder of {@code mvi.temp.dir}, locked while the process lives.
 * At start it removes the folders of earlier processes that no living process holds (what a killed run left), and
 * only those: {@code mvi.temp.dir} may by mistake be set to a folder with other files ({@code /tmp}, the data folder
 * itself), which must not be emptied. It points Apache POI's temporary files here: POI's default is {@code /tmp/poifiles}, one folder for the whole machine
 * that belongs to whoever used it first, so after one run as root every run of the service account failed.
 *
 * <p>POI's setting is process-wide, so it is set in this one place only. With several application contexts in one
 * JVM (tests, the benchmark) the most recently started one's folder counts, and closing it gives POI back the
 * previous one.
 */
@Component
public class TempFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TempFolder.class);
    private static final String LOCK_FILE = ".in-gebruik";
    private static final String OWN_PREFIX = "proces-";
    /** The names this class gives its folders: {@code proces-<pid>-<8 hex digits>}. */
    private static final java.util.regex.Pattern OWN_NAME = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(OWN_PREFIX) + "[0-9]+-[0-9a-f]{8}");
    /** The folders of this JVM's living contexts, most recent first: POI uses the first. */
    private static final Deque<TempFolder> ACTIVE = new ArrayDeque<>();

    private final Path root;
    private final Path own;
    private final FileChannel lockChannel;
    private final FileLock lock;

    @Autowired
    public TempFolder(TempFolderSettings settings) throws IOException {
        this(settings.dir());
    }

    /** Creates {@code root} if missing, takes a sub-folder of it and removes what dead processes left there. */
    public TempFolder(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        this.own = Files.createDirectory(this.root.resolve(
                OWN_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8)));
        this.lockChannel = FileChannel.open(own.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        this.lock = tryLock(lockChannel);
        removeLeftovers();
        synchronized (ACTIVE) {
            ACTIVE.addFirst(this);
            pointPoiAt(this);
        }
    }

    /** The folder this process writes its temporary files in; it exists while the application runs. */
    public Path folder() {
        return own;
    }

    /** A new empty folder for one task's temporary files, inside {@link #folder()}. */
    public Path newFolder(String prefix) throws IOException {
        return Files.createTempDirectory(own, prefix);
    }

    /** Gives POI the previous folder back and removes this process's own. */
    @Override
    public void close() throws IOException {
        synchronized (ACTIVE) {
            ACTIVE.remove(this);
            pointPoiAt(ACTIVE.peekFirst());
        }
        if (lock != null) {
            lock.release();
        }
        lockChannel.close();
        deleteTree(own);
    }

    private static void pointPoiAt(TempFolder folder) {
        TempFile.setTempFileCreationStrategy(folder == null ? new DefaultTempFileCreationStrategy()
                : new DefaultTempFileCreationStrategy(folder.own.toFile()));
    }

    private void removeLeftovers() {
        int left = 0;
        int others = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!isOwnFolder(entry)) {
                    others++;
                } else if (!entry.equals(own) && !inUse(entry) && !delete(entry)) {
                    left++;
                }
            }
        } catch (IOException e) {
            left++;
            LOG.debug("Oorzaak", e);
        }
        if (left > 0) {
            LOG.warn("De tijdelijke map {} kon niet helemaal worden opgeruimd (bestanden van een ander account?);"
                    + " de dienst werkt in zijn eigen map daarbinnen", root);
        }
        if (others > 0) {
            LOG.warn("De tijdelijke map {} bevat {} bestand(en) of map(pen) die niet van deze dienst zijn; die blijven"
                    + " staan. Geef de dienst een eigen map (mvi.temp.dir)", root, others);
        }
    }

    /** A folder (not a link) named as this class names its folders: only those are ever removed. */
    private static boolean isOwnFolder(Path entry) {
        return OWN_NAME.matcher(entry.getFileName().toString()).matches()
                && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** True when another living process (or another context in this JVM) holds the entry's lock. */
    private static boolean inUse(Path entry) {
        Path lockFile = entry.resolve(LOCK_FILE);
        if (!entry.getFileName().toString().startsWith(OWN_PREFIX) || !Files.isRegularFile(lockFile)) {
            return false;
        }
        synchronized (ACTIVE) {
            // asked without opening its lock file: closing a channel on it could release this JVM's own lock
            if (ACTIVE.stream().anyMatch(active -> active.own.equals(entry))) {
                return true;
            }
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // cannot tell: leave it, it is in this process's way only as disk space
            return true;
        }
    }

    private static boolean delete(Path entry) {
        try {
            deleteTree(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Oorzaak", e);
            return false;
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException e) {
            // a file system without locks: the folder is still this process's own, only not protected
            LOG.debug("Geen slot op de tijdelijke map", e);
            return null;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
