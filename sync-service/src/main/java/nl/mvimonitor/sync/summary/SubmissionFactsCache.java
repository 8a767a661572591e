package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Keeps each submission's {@link SubmissionFacts} on disk, one file per content: {@code <folder>/<key>.facts}, the key
 * made of the submission's content key, the format version and the template's code lists (they decide how a stored
 * value is read as a code). A file that is missing, damaged or of another version is simply computed again; the cache
 * never makes the report fail. Files are written atomically, so a crash leaves the old file or the new one.
 */
final class SubmissionFactsCache {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionFactsCache.class);
    private static final String SUFFIX = ".facts";
    private static final String TEMP_SUFFIX = ".tmp";

    /** Null when nothing is kept. */
    private final Path folder;
    private final String schemaKey;

    private SubmissionFactsCache(Path folder, String schemaKey) {
        this.folder = folder;
        this.schemaKey = schemaKey;
    }

    /** A cache that keeps nothing: every run computes all facts. */
    static SubmissionFactsCache none() {
        return new SubmissionFactsCache(null, "");
    }

    /** A cache in {@code folder}; the folder is made when the first file is written. */
    static SubmissionFactsCache in(Path folder, TemplateSchema schema) {
        String schemaKey = Sha256.hex(schema.templateId() + "/" + schema.version() + "\n"
                + new TreeMap<>(schema.codeLists())); // sorted: a Map.copyOf iterates in a different order per JVM
        return new SubmissionFactsCache(folder, schemaKey);
    }

    Optional<SubmissionFacts> load(SubmissionSummary submission) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(submission);
        try {
            return Optional.of(SubmissionFactsFormat.decode(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.info("Tussenresultaat {} onleesbaar; wordt opnieuw berekend", file.getFileName());
            return Optional.empty();
        }
    }

    void store(SubmissionSummary submission, SubmissionFacts facts) {
        if (folder == null) {
            return;
        }
        Path target = file(submission);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, target.getFileName().toString(), TEMP_SUFFIX);
            Files.write(temp, SubmissionFactsFormat.encode(facts));
            move(temp, target);
        } catch (IOException e) {
            LOG.warn("Tussenresultaat {} niet bewaard: {}", target.getFileName(), e.getClass().getSimpleName());
            deleteQuietly(temp);
        }
    }

    /** Deletes the files of every submission that is not among {@code current}, and temp files left by a crash. */
    void keepOnly(Collection<SubmissionSummary> current) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Set<String> keep = current.stream().map(s -> file(s).getFileName().toString()).collect(Collectors.toSet());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if ((name.endsWith(SUFFIX) || name.endsWith(TEMP_SUFFIX)) && !keep.contains(name)) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Oude tussenresultaten niet opgeruimd: {}", e.getClass().getSimpleName());
        }
    }

    /** The file of a submission's facts; for tests. */
    Path file(SubmissionSummary submission) {
        String key = Sha256.hex(SubmissionFactsFormat.VERSION + "\n" + schemaKey + "\n" + submission.contentKey());
        return folder.resolve(key + SUFFIX);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Kon {} niet verwijderen", file.getFileName());
        }
    }
}
