package nl.mvimonitor.template.read;

/**
 * Bounds on what {@link SubmissionReader} accepts from an untrusted file, so that no file can make it use unbounded
 * time or memory. A file over a limit is quarantined with a finding, never half read.
 *
 * @param maxFileBytes         largest file accepted, in bytes (the xlsx as stored)
 * @param maxUncompressedBytes most bytes inflated from the zip in one read, counted as they are inflated
 * @param maxCompressionRatio  highest inflated/compressed ratio of one zip entry once it is past a small size
 * @param maxZipEntries        most entries in the zip
 * @param maxRowsPerSheet      most rows with a value in one sheet that is read
 * @param maxColumns           a value in this column index (0-based) or further right makes the sheet too wide
 * @param maxCellChars         most characters in one cell or shared string (Excel's own limit is 32,767)
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxCompressionRatio, int maxZipEntries,
                         int maxRowsPerSheet, int maxColumns, int maxCellChars) {

    /** Largest byte array the JVM can allocate safely; a file over it can never be held in memory. */
    static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    public ReadLimits {
        requirePositive("maxFileBytes", maxFileBytes);
        requirePositive("maxUncompressedBytes", maxUncompressedBytes);
        requirePositive("maxCompressionRatio", maxCompressionRatio);
        requirePositive("maxZipEntries", maxZipEntries);
        requirePositive("maxRowsPerSheet", maxRowsPerSheet);
        requirePositive("maxColumns", maxColumns);
        requirePositive("maxCellChars", maxCellChars);
    }

    /**
     * Generous for a project sheet (a 20,000-row Realisatie tab is about 1 MB on disk and under 10 MB inflated),
     * tight enough that a hostile file cannot exhaust a small server.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(20L * 1024 * 1024, 100L * 1024 * 1024, 100, 1_000, 100_000, 1_000, 32_767);
    }

    /** {@link #maxFileBytes} capped to what one byte array can hold. */
    int fileBytesCap() {
        return (int) Math.min(maxFileBytes, MAX_ARRAY_BYTES);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
