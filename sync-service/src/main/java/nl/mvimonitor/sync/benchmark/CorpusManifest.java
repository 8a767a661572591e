package nl.mvimonitor.sync.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a corpus folder holds, so a second benchmark reuses it: generator version, seed, number of files and
 * prototypes, and which files {@code changeOnePercent} rewrote (put back before the corpus is used again).
 *
 * @param generator  version of the generator; bump {@link BenchmarkCorpus#GENERATOR_VERSION} when output changes
 * @param seed       seed
 * @param files      number of files
 * @param prototypes number of prototypes
 * @param changed    indexes of files that differ from the pristine corpus
 */
record CorpusManifest(int generator, long seed, int files, int prototypes, Set<Integer> changed) {

    static final String FILE_NAME = "manifest.properties";

    CorpusManifest {
        changed = Set.copyOf(changed);
    }

    boolean describes(int generatorVersion, long seedWanted, int filesWanted, int prototypesWanted) {
        return generator == generatorVersion && seed == seedWanted && files == filesWanted
                && prototypes == prototypesWanted;
    }

    CorpusManifest withChanged(Set<Integer> indexes) {
        return new CorpusManifest(generator, seed, files, prototypes, indexes);
    }

    static Optional<CorpusManifest> read(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            String changed = p.getProperty("changed", "").trim();
            Set<Integer> indexes = changed.isEmpty() ? Set.of() : Arrays.stream(changed.split(","))
                    .map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
            return Optional.of(new CorpusManifest(Integer.parseInt(p.getProperty("generator")),
                    Long.parseLong(p.getProperty("seed")), Integer.parseInt(p.getProperty("files")),
                    Integer.parseInt(p.getProperty("prototypes")), indexes));
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable manifest: generate again
        }
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("generator", String.valueOf(generator));
        p.setProperty("seed", String.valueOf(seed));
        p.setProperty("files", String.valueOf(files));
        p.setProperty("prototypes", String.valueOf(prototypes));
        p.setProperty("changed", new TreeSet<>(changed).stream().map(String::valueOf).collect(Collectors.joining(",")));
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.store(out, "MVI Monitor benchmarkcorpus; verwijder dit bestand om het corpus opnieuw te maken");
        }
    }
}
