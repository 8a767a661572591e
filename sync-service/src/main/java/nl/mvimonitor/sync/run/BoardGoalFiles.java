package nl.mvimonitor.sync.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.BoardGoalCopies;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.summary.BoardGoals;
import nl.mvimonitor.sync.summary.GoalsTab;
import nl.mvimonitor.sync.summary.GoalsTabNotFound;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * The board's goals: typed by the board into the goals tab of its workbook in the output folder (found by the
 * report's marker, see {@link BoardGoals}); before that workbook exists, the seed CSV; else none. A board workbook
 * that exists but cannot be read, or in which no goals tab can be found, stops the run before any output is written,
 * so the next output never overwrites goals the board typed.
 *
 * <p>The goals read from the board workbook (or the seed) are also kept in the store ({@link GoalsCopy}), written
 * only when their fingerprint changed. Once the service has written the board workbook (the store records it), a
 * missing board workbook is not a reason to start again from the seed: its goals come from that kept copy, with the
 * board's name for the tab, and the run writes the workbook again with them and says so. Only without a kept copy (a
 * store from before it was kept) does a missing board workbook still stop the run, as the board's goals were in that
 * file only; {@code mvi.summary.restart-from-seed} starts again from the seed on purpose. A board workbook that exists
 * but cannot be read, or has no goals tab, always stops the run: the board may be editing it, and it is never
 * overwritten then. In a workbook the service wrote the goals tab is found by the report's marker only: the legacy
 * lookup by the tab name Doelen is for workbooks written before the marker, and would otherwise take any new tab of
 * that name for the goals once the board deleted the marker.
 *
 * <p>Parsing the board workbook costs more than the rest of an incremental run's output step, and right after a run
 * wrote it the next run would parse it again. So a published workbook is read ahead on a thread of its own; the next
 * load still compares the file's bytes with what was read, so a workbook the board changed since is read again.
 */
@Component
public class BoardGoalFiles implements BoardGoalLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BoardGoalFiles.class);

    private final Path boardWorkbook;
    private final Path seed;
    private final BooleanSupplier writtenByService;
    private final boolean restartFromSeed;
    private final GoalsCopy copy;
    private volatile LastRead lastRead;
    /** The read ahead of the workbook last published, until a load has waited for it. */
    private final AtomicReference<Future<?>> ahead = new AtomicReference<>();

    @Autowired
    public BoardGoalFiles(PublishSettings publish, GoalSeedSettings seed, Runs runs, BoardGoalCopies copies,
            Clock clock) {
        this(publish.boardPath(), seed.goalsSeed(), () -> runs.written().containsKey(key(publish.boardPath())),
                seed.restartFromSeed(), GoalsCopy.inStore(copies, key(publish.boardPath()), clock));
    }

    /** Goals of a board workbook the service has not written yet (or of one from before the store recorded it). */
    BoardGoalFiles(Path boardWorkbook, Path seed) {
        this(boardWorkbook, seed, () -> false, false, GoalsCopy.none());
    }

    BoardGoalFiles(Path boardWorkbook, Path seed, BooleanSupplier writtenByService, boolean restartFromSeed,
            GoalsCopy copy) {
        this.boardWorkbook = boardWorkbook;
        this.seed = seed;
        this.writtenByService = writtenByService;
        this.restartFromSeed = restartFromSeed;
        this.copy = copy;
    }

    /** How the store names the board workbook: its absolute path, as for the outputs. */
    private static String key(Path boardWorkbook) {
        return boardWorkbook.toAbsolutePath().toString();
    }

    @Override
    public LoadedGoals load() {
        awaitReadAhead();
        if (Files.exists(boardWorkbook)) {
            return kept(readBoardWorkbook());
        }
        if (!restartFromSeed && writtenByService.getAsBoolean()) {
            return keptCopy();
        }
        if (Files.exists(seed)) {
            return kept(read(seed, false, false, "Het bestand met startdoelen " + seed + " kan niet worden gelezen."
                    + " De run is gestopt; herstel of verwijder het bestand."));
        }
        return new LoadedGoals(List.of(), "geen doelen", fingerprint(GoalsTab.withDefaultName(List.of())));
    }

    /** Keeps the goals just read as the service's copy (a write only when they changed). */
    private LoadedGoals kept(LoadedGoals goals) {
        copy.keep(goals.tab(), goals.fingerprint());
        return goals;
    }

    /** The goals of the board workbook the service wrote and that is gone: its kept copy, else the run stops. */
    private LoadedGoals keptCopy() {
        Optional<GoalsTab> kept;
        try {
            kept = copy.kept();
        } catch (IllegalArgumentException e) {
            // one line on the console, the details in the log file
            LOG.warn("De bewaarde kopie van de doelen kan niet worden gelezen; de run gaat verder als zonder kopie");
            LOG.debug("Bewaarde kopie van de doelen onleesbaar", e);
            kept = Optional.empty();
        }
        GoalsTab tab = kept.orElseThrow(() -> new RunFailure(missingNl(), null));
        String name = boardWorkbook.getFileName().toString();
        LOG.warn("{} ontbreekt; de doelen van het bestuur komen uit de bewaarde kopie van de doelen",
                SafeName.logged(boardWorkbook.getFileName()));
        return new LoadedGoals(tab.goals(), "bewaarde kopie van de doelen", fingerprint(tab), tab.name(),
                name + " ontbrak en is opnieuw geschreven met de laatst gelezen doelen van het bestuur.");
    }

    /** Starts reading the workbook just published; a failure is left to the next load, which reads it again. */
    @Override
    public void published() {
        if (!Files.isRegularFile(boardWorkbook)) {
            return;
        }
        FutureTask<LoadedGoals> task = new FutureTask<>(this::readBoardWorkbook);
        Thread thread = new Thread(task, "mvi-doelen-vooraf");
        thread.setDaemon(true);
        ahead.set(task);
        thread.start();
    }

    private void awaitReadAhead() {
        Future<?> task = ahead.getAndSet(null);
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (ExecutionException e) {
            LOG.debug("Vooraf lezen van {} mislukt; het wordt nu gelezen", SafeName.logged(boardWorkbook), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LoadedGoals readBoardWorkbook() {
        return read(boardWorkbook, true, writtenByService.getAsBoolean(), "Het bestuursrapport " + boardWorkbook
                + " kan niet worden gelezen. De run is gestopt en alle uitvoer is ongewijzigd gebleven, zodat de"
                + " doelen van het bestuur niet verloren gaan. Herstel het bestand (of zet een goede versie terug)"
                + " en start de run opnieuw.");
    }

    /** What happened and what to do when the board workbook the service wrote is gone. */
    private String missingNl() {
        return "Het bestuursrapport " + boardWorkbook + " ontbreekt, terwijl de dienst het al eens schreef, en de"
                + " dienst heeft nog geen kopie van de doelen bewaard (dat doet hij vanaf de eerste run die het"
                + " bestand leest): de doelen die het bestuur daarin typte staan alleen in dat bestand. De run is"
                + " gestopt en alle uitvoer is ongewijzigd gebleven, zodat die doelen niet door de startdoelen ("
                + seed + ") worden vervangen. Zet het bestand terug (uit de prullenbak, de versiegeschiedenis van"
                + " SharePoint, OneDrive of Google Drive, of een back-up) en start de run opnieuw. Wil het bestuur"
                + " bewust opnieuw beginnen met de startdoelen, start dan één run met"
                + " --mvi.summary.restart-from-seed=true.";
    }

    /** What happened and what to do when the board workbook has no goals tab. */
    private String noGoalsTabNl(GoalsTabNotFound missing) {
        return "Het bestuursrapport " + boardWorkbook + " heeft geen tabblad met de doelen van het bestuur. "
                + missing.reason().whatHappenedNl() + " De run is gestopt en alle uitvoer is ongewijzigd gebleven,"
                + " zodat de doelen van het bestuur niet verloren gaan en geen ander tabblad als doelen wordt"
                + " gelezen. " + missing.reason().whatToDoNl() + " Start daarna de run opnieuw.";
    }

    private LoadedGoals read(Path file, boolean workbook, boolean markerRequired, String failureNl) {
        // read the bytes first: an IO problem then fails here, whatever the parser does with a short stream
        try {
            byte[] content = Files.readAllBytes(file);
            String key = file + "\n" + markerRequired + "\n" + Sha256.hex(content);
            LastRead last = lastRead;
            if (last != null && last.key().equals(key)) {
                return last.goals();
            }
            GoalsTab tab = workbook ? BoardGoals.readGoalsTab(new ByteArrayInputStream(content), markerRequired)
                    : GoalsTab.withDefaultName(BoardGoals.readSeed(new ByteArrayInputStream(content)));
            LoadedGoals loaded = new LoadedGoals(tab.goals(), file.toString(), fingerprint(tab), tab.name());
            lastRead = new LastRead(key, loaded);
            return loaded;
        } catch (GoalsTabNotFound e) {
            throw new RunFailure(noGoalsTabNl(e), e);
        } catch (IOException | RuntimeException e) {
            throw new RunFailure(failureNl, e);
        }
    }

    /** The goals of the bytes read last: a run whose board workbook is as the last run left it skips parsing it. */
    private record LastRead(String key, LoadedGoals goals) {
    }

    /**
     * Goals are records, so their text form is their value; a change in any goal, or in the tab's name (which the
     * next report keeps), changes the fingerprint.
     */
    static String fingerprint(GoalsTab tab) {
        return Sha256.hex(tab.name() + "\n" + tab.goals());
    }
}
