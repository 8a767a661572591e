package nl.mvimonitor.sync.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
 * can; else by replacing). When a writer fails, no target is touched: every previous output stays as it was.
 */
@Component
public class OutputPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OutputPublisher.class);

    private final TemporaryOutputs temporaries = new TemporaryOutputs();

    /** Publishes one output. */
    public void publish(Path target, OutputWriter writer) throws IOException {
        publishAll(Map.of(target, writer));
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
     */
    public void publishAll(Map<Path, OutputWriter> outputs) throws IOException {
        Map<Path, Future<Path>> writing = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, outputs.size()), task -> {
            Thread thread = new Thread(task, "mvi-uitvoer");
            thread.setDaemon(true);
            return thread;
        });
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, OutputWriter> output : outputs.entrySet()) {
                Path target = output.getKey().toAbsolutePath();
                writing.put(target, pool.submit(() -> writeTemporary(target, output.getValue())));
            }
            Exception failure = null;
            for (Map.Entry<Path, Future<Path>> output : writing.entrySet()) {
                try {
                    written.put(output.getKey(), output.getValue().get());
                } catch (ExecutionException e) {
                    failure = failure == null ? asException(e.getCause()) : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            for (Map.Entry<Path, Path> file : written.entrySet()) {
                move(file.getValue(), file.getKey());
            }
            written.clear();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the outputs", e);
        } catch (Exception e) {
            throw new IOException("writing an output failed", e);
        } finally {
            pool.shutdownNow();
            deleteAll(new ArrayList<>(written.values()));
        }
    }

    private static Exception asException(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }

    private Path writeTemporary(Path target, OutputWriter writer) throws IOException {
        Files.createDirectories(target.getParent());
        // hidden and in the same folder: not listed as a workbook, and a rename within one file system; created with
        // the folder's usual permissions (createTempFile would make it readable for its owner only)
        Path temp = temporaries.create(target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            writer.write(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            temporaries.discard(temp);
            throw e;
        }
        return temp;
    }

    private void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temporaries.forget(temp);
    }

    private void deleteAll(List<Path> temps) throws IOException {
        for (Path temp : temps) {
            temporaries.discard(temp);
        }
    }
}
