package nl.mvimonitor.sync.run;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import nl.mvimonitor.sync.intake.IntakeProgress;
import nl.mvimonitor.sync.intake.IntakeResult;

/**
 * Progress of a run on the console: a line at every 5% of the files to read, and at least every 2 seconds while
 * files are being stored, e.g. {@code Bestanden verwerkt: 120 van 1500, bevindingen: 37 fouten, 12 waarschuwingen}.
 * Intake reports per source; this adds up the sources.
 */
final class RunProgress implements IntakeProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;
    private static final int STEPS = 20;

    private final int total;
    private final LongSupplier nanoTime;
    private final Consumer<String> out;
    private IntakeResult earlierSources = IntakeResult.none();
    private int lastStep;
    private long lastPrinted;

    RunProgress(int total, LongSupplier nanoTime, Consumer<String> out) {
        this.total = total;
        this.nanoTime = nanoTime;
        this.out = out;
        this.lastPrinted = nanoTime.getAsLong();
    }

    @Override
    public void fileStored(IntakeResult soFar, int totalOfSource) {
        IntakeResult all = earlierSources.plus(soFar);
        int step = total == 0 ? STEPS : all.filesRead() * STEPS / total;
        long now = nanoTime.getAsLong();
        if (step > lastStep || now - lastPrinted >= INTERVAL_NANOS) {
            lastStep = step;
            lastPrinted = now;
            out.accept("Bestanden verwerkt: " + all.filesRead() + " van " + total + ", bevindingen: " + all.errors()
                    + " fouten, " + all.warnings() + " waarschuwingen");
        }
    }

    /** Called with the result of one source's intake, before the next source starts. */
    /** Seconds since {@code startNanos}, one decimal, as Dutch readers write it: {@code 3,2}. */
    static String secondsSince(long startNanos) {
        return String.format(Locale.forLanguageTag("nl"), "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    void sourceDone(IntakeResult result) {
        earlierSources = earlierSources.plus(result);
    }
}
