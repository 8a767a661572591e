package nl.mvimonitor.sync.benchmark;

import java.util.List;

/** Lines in Dutch about the machine the benchmark ran on, printed above the table so figures can be compared. */
final class MachineInfo {

    private MachineInfo() {
    }

    static List<String> linesNl() {
        Runtime runtime = Runtime.getRuntime();
        return List.of(
                "Processors:    " + runtime.availableProcessors(),
                "Systeem:       " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                "Java:          " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                "Maximale heap: " + BenchmarkTable.decimal(runtime.maxMemory() / 1e6, 0) + " MB");
    }

    /** N, total MB and data rows of a corpus. */
    static String corpusNl(Corpus corpus) {
        var rows = corpus.files().stream().mapToInt(Corpus.CorpusEntry::tableRows).summaryStatistics();
        return "Corpus: " + corpus.files().size() + " bestanden, "
                + BenchmarkTable.decimal(corpus.totalBytes() / 1e6, 1) + " MB, datarijen per bestand min/gem/max "
                + rows.getMin() + " / " + BenchmarkTable.decimal(rows.getAverage(), 0) + " / " + rows.getMax()
                + " (seed " + corpus.seed() + ", map " + corpus.dir().toAbsolutePath().normalize() + ")";
    }
}
