package nl.mvimonitor.sync.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes outputs to local files so that readers only ever see a complete file: each output is written to a hidden
 * temporary file in the target folder, flushed to disk, then moved over the target (atomically where the file system
 * can; else by replacing). When a writer fails, no target is touched: every previous output stays as it was. The
 * bytes are hashed as they are written, so the caller learns what it published without reading it back.
 */
@Component
public class OutputPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPublisher.class);
    private static final int BUFFER = 1 << 16;
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");

    private final TemporaryOutputs temporaries = new TemporaryOutputs();

    /** Publishes one output. */
    public PublishedFile publish(Path target, OutputWriter writer) throws IOException {
        return publishAll(Map.of(target, writer)).get(0);
    }

    /**
     * Removes the temporary files that a killed run left next to these outputs (see {@link TemporaryOutputs}); a
     * file that cannot be removed is left for the next run.
     */
    public void removeLeftovers(Iterable<Path> targets) {
        for (Path target : targets) {
            try {
                int removed = temporaries.removeLeftovers(target).size();
                if (removed > 0) {
                    LOG.info("{} tijdelijk(e) bestand(en) van een afgebroken run verwijderd uit {}", removed,
                            target.toAbsolutePath().getParent());
                }
            } catch (IOException e) {
                LOG.warn("Tijdelijke bestanden van een afgebroken run in {} niet verwijderd; de volgende run probeert"
                        + " het opnieuw", target.toAbsolutePath().getParent());
                LOG.debug("Oorzaak", e);
            }
        }
    }

    /**
     * Publishes several outputs: all are written first (at the same time, each on its own thread: they do not depend
     * on each other), and only when every writer succeeded are they moved into place, in the given order.
     *
     * @return each output as published, in the given order
     */
    public List<PublishedFile> publishAll(Map<Path, OutputWriter> outputs) throws IOException {
        Map<Path, Future<Written>> writing = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, outputs.size()), task -> {
            Thread thread = new Thread(task, "mvi-uitvoer");
            thread.setDaemon(true);
            return thread;
        });
        Map<Path, Written> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, OutputWriter> output : outputs.entrySet()) {
                Path target = output.getKey().toAbsolutePath();
                writing.put(target, pool.submit(() -> writeTemporary(target, output.getValue())));
            }
            Exception failure = null;
            for (Map.Entry<Path, Future<Written>> output : writing.entrySet()) {
                try {
                    written.put(output.getKey(), output.getValue().get());
                } catch (ExecutionException e) {
                    failure = failure == null ? asException(e.getCause()) : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            List<PublishedFile> published = new ArrayList<>();
            for (Map.Entry<Path, Written> file : written.entrySet()) {
                Path target = file.getKey();
                move(file.getValue().temp(), target);
                published.add(new PublishedFile(target, file.getValue().size(), file.getValue().sha256(),
                        Files.getLastModifiedTime(target).toInstant()));
            }
            written.clear();
            return published;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the outputs", e);
        } catch (Exception e) {
            throw new IOException("writing an output failed", e);
        } finally {
            pool.shutdownNow();
            deleteAll(written.values().stream().map(Written::temp).toList());
        }
    }

    private static Exception asException(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }

    private Written writeTemporary(Path target, OutputWriter writer) throws IOException {
        Files.createDirectories(target.getParent());
        // hidden and in the same folder: not listed as a workbook, and a rename within one file system; created with
        // the folder's usual permissions (createTempFile would make it readable for its owner only)
        Path temp = temporaries.create(target);
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                // buffered before the digest, so it hashes and writes blocks, not the single bytes a writer may write
                OutputStream out = new BufferedOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(channel), digest), BUFFER)) {
            writer.write(out);
            out.flush();
            channel.force(true);
            return new Written(temp, channel.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            temporaries.discard(temp);
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void move(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            moveFolderAside(target);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temporaries.forget(temp);
    }

    /**
     * A folder where an output belongs: an empty one is removed; one with content is renamed, not deleted (what is
     * in it is not ours), so the output can take its place.
     */
    private static void moveFolderAside(Path target) throws IOException {
        boolean empty;
        try (var entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            Files.delete(target);
            return;
        }
        Path aside = target.resolveSibling(target.getFileName() + " (map, verplaatst "
                + LocalDateTime.now().format(ASIDE_TIME) + ")");
        Files.move(target, aside);
        LOG.warn("Op de plaats van {} stond een map met inhoud; die is hernoemd naar '{}', zodat de uitvoer er weer"
                + " kan staan", target.getFileName(), aside.getFileName());
    }

    /** A written temporary file, with its size and hash. */
    private record Written(Path temp, long size, String sha256) {
    }

    private void deleteAll(List<Path> temps) throws IOException {
        for (Path temp : temps) {
            temporaries.discard(temp);
        }
    }
}
