package nl.mvimonitor.sync.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.SpreadsheetSource;
import nl.mvimonitor.sync.store.PackedRows;
import nl.mvimonitor.sync.store.ReceivedFile;
import nl.mvimonitor.sync.store.RecordedSubmission;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.privacy.SafeName;
import nl.mvimonitor.template.validate.SubmissionStatus;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/**
 * One run's work on changed files: open, read the bytes (bounded), read and validate the workbook, store. Reading and
 * validating run on a fixed pool of threads; storing runs on the calling thread, one file at a time and in listing
 * order. At most twice as many files as threads are in flight, so memory does not grow with the number of files.
 * One bad file never stops the others: any failure becomes a quarantined submission naming the file. An entry the
 * source lists as not readable (a link, a pipe) is quarantined without being opened.
 */
@Component
public class FileIntake {

    private static final Logger LOG = LoggerFactory.getLogger(FileIntake.class);

    private final WorkbookCheck check;
    private final Submissions submissions;
    private final IntakeSettings settings;
    private final Clock clock;
    private final List<StoredSubmissionListener> listeners;

    @Autowired
    public FileIntake(WorkbookCheck check, Submissions submissions, IntakeSettings settings, Clock clock,
            List<StoredSubmissionListener> listeners) {
        this.check = check;
        this.submissions = submissions;
        this.settings = settings;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    public FileIntake(WorkbookCheck check, Submissions submissions, IntakeSettings settings, Clock clock) {
        this(check, submissions, settings, clock, List.of());
    }

    /** Handles {@code files} of {@code source}; returns when all are stored. */
    public IntakeResult intake(SpreadsheetSource source, List<SourceFile> files, IntakeProgress progress) {
        int threads = settings.effectiveThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            Iterator<SourceFile> next = files.iterator();
            IntakeResult soFar = IntakeResult.none();
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < 2 * threads) {
                    ScreenedFile file = ScreenedFile.of(next.next());
                    inFlight.add(new Pending(file, pool.submit(() -> examine(source, file))));
                }
                soFar = soFar.plus(store(inFlight.poll()));
                progress.fileStored(soFar, files.size());
            }
            return soFar;
        } finally {
            pool.shutdownNow();
            listeners.forEach(StoredSubmissionListener::finish);
        }
    }

    /** Runs on a worker: never throws, a failure becomes a quarantine. The rows are packed here, off the storing thread. */
    private Examined examine(SpreadsheetSource source, ScreenedFile file) {
        if (!file.listed().readable()) {
            return new Examined(IntakeFailures.notARegularFile(file), null);
        }
        byte[] content;
        long limit = settings.maxFileSize().toBytes();
        try (InputStream in = source.open(file.listed())) {
            content = in.readNBytes((int) limit + 1);
        } catch (IOException | RuntimeException e) {
            logFailure(file, "niet gelezen", e);
            return new Examined(IntakeFailures.unreadable(file), null);
        }
        if (content.length > limit) {
            return new Examined(IntakeFailures.tooLarge(file, limit), null);
        }
        String hash = Sha256.hex(content);
        try {
            ValidatedSubmission result = check.check(file.shownName(), content);
            ReceivedFile received = file.received(hash, result, damaged(result));
            return new Examined(received, submissions.pack(received.result()));
        } catch (RuntimeException | StackOverflowError e) {
            logFailure(file, "niet verwerkt", e);
            return new Examined(IntakeFailures.unexpected(file, hash), null);
        }
    }

    /**
     * A file whose bytes were damaged (on disk or in transit) is read again on the next run even when its listing
     * does not change: the damage is inside a part, so the central directory the listing checks is the same, and the
     * intact copy that replaces it (copied again with its time, {@code cp -p}, robocopy) would otherwise stay in
     * quarantine. Such files are few, and reading the same bytes again makes no new submission.
     */
    private static boolean damaged(ValidatedSubmission result) {
        return result.findings().stream().anyMatch(f -> RuleCode.BESTAND_BESCHADIGD.name().equals(f.rule()));
    }

    private IntakeResult store(Pending pending) {
        Examined examined = outcome(pending);
        ReceivedFile received = examined.received();
        RecordedSubmission recorded;
        try {
            recorded = submissions.record(received, examined.rows(), clock.instant());
        } catch (RuntimeException e) {
            // the result could not be stored (an unexpected value); store the failure instead, so the file is
            // visible. If that fails too, the store itself is down and the run must stop.
            logFailure(pending.file(), "niet opgeslagen", e);
            ReceivedFile failure = IntakeFailures.unexpected(pending.file(), received.contentHash());
            return tally(failure, submissions.record(failure, clock.instant()));
        }
        if (recorded.created()) {
            listeners.forEach(listener -> listener.stored(recorded.submissionId(), received.result()));
        }
        return tally(received, recorded);
    }

    private Examined outcome(Pending pending) {
        try {
            return pending.result().get();
        } catch (ExecutionException e) {
            logFailure(pending.file(), "niet verwerkt", e.getCause());
            return new Examined(IntakeFailures.unexpected(pending.file(), null), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("intake interrupted", e);
        }
    }

    private static IntakeResult tally(ReceivedFile received, RecordedSubmission recorded) {
        ValidatedSubmission result = received.result();
        int errors = (int) result.findings().stream().filter(f -> f.severity() == Severity.FOUT).count();
        int quarantined = result.status() == SubmissionStatus.QUARANTAINE ? 1 : 0;
        return new IntakeResult(1, quarantined, errors, result.findings().size() - errors,
                recorded.created() ? 1 : 0);
    }

    /** Names the file and the kind of failure only; the exception text may quote cell content, so it is debug. */
    private static void logFailure(ScreenedFile file, String what, Throwable e) {
        LOG.warn("Bestand {} {}: {}", SafeName.logged(file.listed().path()), what, e.getClass().getSimpleName());
        LOG.debug("Oorzaak voor bestand {}", SafeName.logged(file.listed().path()), e);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "mvi-intake-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A file handed to a worker, with its future result. */
    /** A file handled by a worker; {@code rows} null when it has none to store or packing failed. */
    private record Examined(ReceivedFile received, PackedRows rows) {
    }

    private record Pending(ScreenedFile file, Future<Examined> result) {
    }
}
