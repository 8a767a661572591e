package nl.mvimonitor.sync.consolidation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rendered rows of each current submission, one file per submission, named by its content key and the
 * rendering (layout and styles) they were made with. Derived data: a missing, unreadable or foreign file is simply
 * rendered again, and the folder may be deleted at any time. Files are written to a temporary name and moved, so a
 * crash never leaves half a fragment under a real name.
 */
final class FragmentCache {

    private static final Logger LOG = LoggerFactory.getLogger(FragmentCache.class);
    private static final String SUFFIX = ".frag";

    private final Path folder;
    private final String rendering;

    /**
     * @param folder    the cache folder of the consolidated workbook
     * @param rendering an id of the rendering; fragments of another rendering are never used
     */
    FragmentCache(Path folder, String rendering) {
        this.folder = folder;
        this.rendering = rendering;
    }

    boolean contains(String contentKey) {
        return Files.isRegularFile(file(contentKey));
    }

    Optional<Fragment> read(String contentKey) {
        Path file = file(contentKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return Optional.of(Fragment.readFrom(in));
        } catch (IOException e) {
            LOG.debug("Tussenresultaat {} wordt opnieuw gemaakt ({})", file.getFileName(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void write(String contentKey, Fragment fragment) {
        Path target = file(contentKey);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "frag-", ".tmp");
            try {
                try (OutputStream raw = Files.newOutputStream(temp);
                        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                    fragment.writeTo(out);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep rendered rows in " + folder, e);
        }
    }

    /** Removes the fragments of submissions that are no longer current, and those of other renderings. */
    void retainOnly(Set<String> contentKeys) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> keep = contentKeys.stream().map(k -> file(k).getFileName().toString())
                .collect(java.util.stream.Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if ((name.endsWith(SUFFIX) || name.endsWith(".tmp")) && !keep.contains(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path file(String contentKey) {
        return folder.resolve(contentKey + "-" + rendering + SUFFIX);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
