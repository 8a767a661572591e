package nl.mvimonitor.sync.intake;

/** Told after each stored file, from the single storing thread. */
@FunctionalInterface
public interface IntakeProgress {

    /**
     * @param soFar what intake did up to now in this call
     * @param total number of files this call handles
     */
    void fileStored(IntakeResult soFar, int total);

    static IntakeProgress silent() {
        return (soFar, total) -> { };
    }
}
