package nl.mvimonitor.template.read;

import java.util.Locale;

/**
 * Counts the bytes actually inflated during one read (never the sizes a zip header claims) and stops a zip bomb:
 * too many bytes in total, or one entry that inflates far more than it is stored.
 */
final class InflationBudget {

    /** Small entries may compress very well (empty styles, repeated markup); judge the ratio only past this size. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final ReadLimits limits;
    private long total;

    InflationBudget(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Adds {@code n} bytes just inflated from {@code entry}, of which {@code entryTotal} so far (including n).
     *
     * @throws FileRejected with BESTAND_ZIPBOM when a limit is passed
     */
    void count(ZipEntryInfo entry, long entryTotal, int n) {
        total += n;
        if (total > limits.maxUncompressedBytes()) {
            throw FileRejected.zipBomb("uitgepakt meer dan " + megabytes(limits.maxUncompressedBytes()));
        }
        if (entryTotal > RATIO_GRACE_BYTES
                && entryTotal > (double) limits.maxCompressionRatio() * Math.max(1, entry.compressedSize())) {
            throw FileRejected.zipBomb("het onderdeel " + entry.name() + " pakt uit tot meer dan "
                    + limits.maxCompressionRatio() + " keer zijn opgeslagen grootte");
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,d MB", Math.max(1, Math.round(bytes / 1048576.0)));
    }
}
