package nl.mvimonitor.sync.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The hidden files outputs are written to before they are moved into place: {@code .<output name>.<uuid>.tmp} next
 * to the output. A run that is killed leaves them behind (several MB each, visible on file shares); the next run
 * removes those of its own outputs, and only files of exactly that form: never another file, never one that this
 * process is still writing.
 */
final class TemporaryOutputs {

    private static final Pattern RANDOM_PART = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SUFFIX = ".tmp";

    private final Set<Path> inProgress = ConcurrentHashMap.newKeySet();

    /** Creates a new temporary file for {@code target}, marked as in progress until {@link #forget} or discard. */
    Path create(Path target) throws IOException {
        Path temp = key(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + SUFFIX));
        // marked before it exists, so a concurrent sweep in this process can never see it unmarked
        inProgress.add(temp);
        try {
            return Files.createFile(temp);
        } catch (IOException | RuntimeException e) {
            inProgress.remove(temp);
            throw e;
        }
    }

    /** The temporary file was moved into place. */
    void forget(Path temp) {
        inProgress.remove(key(temp));
    }

    /** Deletes a temporary file that will not be published. */
    void discard(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            forget(temp);
        }
    }

    /**
     * Removes the temporary files a previous run left next to {@code target}; returns those removed. A missing
     * folder has none.
     */
    List<Path> removeLeftovers(Path target) throws IOException {
        Path folder = key(target).getParent();
        String name = target.getFileName().toString();
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> isTemporaryOf(name, f))) {
            for (Path file : files) {
                Path temp = key(file);
                if (!inProgress.contains(temp) && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(temp)) {
                    removed.add(temp);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            // no folder, no leftovers; writing the output will say what is wrong with it
            return List.of();
        }
        return removed;
    }

    /** True for {@code .<outputName>.<uuid>.tmp} only, the names {@link #create} gives. */
    static boolean isTemporaryOf(String outputName, Path file) {
        String name = file.getFileName().toString();
        String prefix = "." + outputName + ".";
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)
                || name.length() < prefix.length() + SUFFIX.length()) {
            return false;
        }
        String random = name.substring(prefix.length(), name.length() - SUFFIX.length());
        return RANDOM_PART.matcher(random).matches();
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
