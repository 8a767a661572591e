package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files around the sheets of a corpus folder: clearing an old corpus and the project register. */
final class CorpusFolder {

    /** Projects the register expects that sent no sheet: one per hundred files, at least two. */
    static final int MISSING_FIRST_NUMBER = 90_000;

    private CorpusFolder() {
    }

    /** Removes an old corpus (sheets, register, manifest) but nothing else the user keeps in the folder. */
    static void clear(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(CorpusManifest.FILE_NAME));
        Path sheets = dir.resolve(BenchmarkCorpus.SHEETS);
        if (Files.exists(sheets)) {
            try (Stream<Path> tree = Files.walk(sheets)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static String registerCsv(List<CorpusFile> files) {
        StringBuilder csv = new StringBuilder("ProjectID;Organisatieonderdeel;Jaar\n");
        for (CorpusFile file : files) {
            csv.append(file.projectId()).append(';').append(file.unit()).append(';').append(file.year()).append('\n');
        }
        int missing = Math.max(2, files.size() / 100);
        for (int k = 0; k < missing; k++) {
            String unit = CorpusFile.UNITS.get(k % CorpusFile.UNITS.size());
            csv.append(String.format("P-2025-%05d;%s;2025\n", MISSING_FIRST_NUMBER + k, unit));
        }
        return csv.toString();
    }
}
