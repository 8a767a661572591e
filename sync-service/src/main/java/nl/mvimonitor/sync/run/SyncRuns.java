package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.PlaceKind;
import nl.mvimonitor.sync.failure.ServicePlaces;
import nl.mvimonitor.sync.intake.FileIntake;
import nl.mvimonitor.sync.intake.IntakeResult;
import nl.mvimonitor.sync.source.SpreadsheetSource;
import nl.mvimonitor.sync.store.RunLease;
import nl.mvimonitor.sync.store.RunStatus;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.SourceFiles;

/**
 * Runs one sync: list every source; skip files whose listing is unchanged without reading them; read, validate and
 * store the others; mark vanished files deleted; record when each source was listed (its unchanged files count as
 * seen then); write the outputs when anything they depend on changed; record the run. Listing every source comes first, so an unreachable source never makes its files look deleted. One run at a
 * time per process.
 */
@Component
public class SyncRuns {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRuns.class);

    private final List<SpreadsheetSource> sources;
    private final SourceFiles sourceFiles;
    private final FileIntake intake;
    private final Runs runs;
    private final RunOutputs outputs;
    private final Clock clock;
    private final ServicePlaces places;
    private final ReentrantLock lock = new ReentrantLock();

    public SyncRuns(List<SpreadsheetSource> sources, SourceFiles sourceFiles, FileIntake intake, Runs runs,
            RunOutputs outputs, Clock clock) {
        this(sources, sourceFiles, intake, runs, outputs, clock, ServicePlaces.none());
    }

    /** With the configured folders, so a failed run says which one it failed in. */
    @Autowired
    public SyncRuns(List<SpreadsheetSource> sources, SourceFiles sourceFiles, FileIntake intake, Runs runs,
            RunOutputs outputs, Clock clock, ServicePlaces places) {
        this.places = places;
        this.sources = List.copyOf(sources);
        this.sourceFiles = sourceFiles;
        this.intake = intake;
        this.runs = runs;
        this.outputs = outputs;
        this.clock = clock;
    }

    /** Does one run and reports it; never throws. */
    public RunReport runOnce() {
        if (!lock.tryLock()) {
            return failed(0, new Tally(), Duration.ZERO, "Er loopt al een run; deze is niet gestart.");
        }
        try (RunLease lease = runs.lease()) {
            if (!lease.held()) {
                return failed(0, new Tally(), Duration.ZERO, "Er loopt al een run van een ander MVI-monitor-proces"
                        + " op deze database; deze is niet gestart. De volgende run probeert het opnieuw.");
            }
            return run();
        } finally {
            lock.unlock();
        }
    }

    private RunReport run() {
        long startNanos = System.nanoTime();
        Instant started = clock.instant();
        Tally tally = new Tally();
        long runId = 0;
        RunStep step = RunStep.START;
        try {
            runId = runs.start(started);
            step = RunStep.SOURCES;
            List<SourceListing> listings = listAll();
            RunProgress progress = new RunProgress(listings.stream().mapToInt(l -> l.toRead().size()).sum(),
                    System::nanoTime, LOG::info);
            step = RunStep.INTAKE;
            for (SourceListing listing : listings) {
                process(listing, started, progress, tally);
            }
            LOG.info("Bronnen verwerkt in {} s", RunProgress.secondsSince(startNanos));
            step = RunStep.OUTPUTS;
            PublishOutcome published = outputs.publishIfNeeded(started);
            RunReport report = tally.report(runId, RunStatus.COMPLETED, published.written(), since(startNanos),
                    published.noteNl());
            runs.finish(runId, clock.instant(), report.status(), report.totals(), published.publication(),
                    published.noteNl());
            LOG.info(report.summaryNl());
            return report;
        } catch (Exception e) {
            return failed(runId, tally, since(startNanos), describe(e, step));
        }
    }

    private List<SourceListing> listAll() {
        List<SourceListing> listings = new ArrayList<>();
        for (SpreadsheetSource source : sources) {
            try {
                listings.add(SourceListing.compare(source, source.list(), sourceFiles.known(source.id())));
            } catch (IOException e) {
                throw new RunFailure("De bron '" + source.id() + "' kon niet worden gelezen (" + reason(e) + ")."
                        + " Er is niets gewijzigd; de volgende run probeert het opnieuw.", e);
            }
        }
        return listings;
    }

    private void process(SourceListing listing, Instant started, RunProgress progress, Tally tally) {
        String sourceId = listing.source().id();
        sourceFiles.markDeleted(sourceId, listing.vanished(), started);
        IntakeResult result = intake.intake(listing.source(), listing.toRead(), progress);
        // after storing, so files read in this run keep the time they were stored
        sourceFiles.listed(sourceId, started);
        progress.sourceDone(result);
        tally.add(listing, result);
    }

    private RunReport failed(long runId, Tally tally, Duration duration, String message) {
        RunReport report = tally.report(runId, RunStatus.FAILED, List.of(), duration, message);
        LOG.error(report.summaryNl());
        if (runId > 0) {
            try {
                runs.finish(runId, clock.instant(), RunStatus.FAILED, report.totals(), null, message);
            } catch (RuntimeException e) {
                LOG.error("De mislukte run kon niet worden vastgelegd: {}.", FailureText.reason(e, places));
                LOG.debug("Oorzaak", e);
            }
        }
        return report;
    }

    /**
     * What failed and why, in Dutch, without exception text that might quote sheet content; the cause goes to the
     * log file at DEBUG.
     */
    private String describe(Exception e, RunStep step) {
        LOG.debug("Oorzaak van de mislukte run", e);
        if (e instanceof RunFailure) {
            return e.getMessage();
        }
        String reason = FailureText.reason(e, places);
        return step.failedNl(places) + ": " + reason + ". " + step.afterwardsNl()
                + (FailureText.isUnexpected(reason) ? logHint() : "");
    }

    private String logHint() {
        return places.find(PlaceKind.LOGS).map(logs -> " Details staan in het logbestand in " + logs.path() + ".")
                .orElse(" Details staan in het logbestand.");
    }

    private String reason(IOException e) {
        return FailureText.reason(e, places);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Counts of one run as it goes. */
    private static final class Tally {
        private int seen;
        private int skipped;
        private int deleted;
        private IntakeResult intake = IntakeResult.none();

        void add(SourceListing listing, IntakeResult result) {
            seen += listing.seen();
            skipped += listing.unchanged().size();
            deleted += listing.vanished().size();
            intake = intake.plus(result);
        }

        RunReport report(long runId, RunStatus status, List<String> outputs, Duration duration, String message) {
            return new RunReport(runId, status, seen, intake.filesRead(), skipped, intake.filesQuarantined(),
                    deleted, intake.errors(), intake.warnings(), outputs, duration, message);
        }
    }
}
