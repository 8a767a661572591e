package nl.mvimonitor.sync.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A prepared corpus on disk.
 *
 * @param dir       the corpus folder
 * @param seed      seed it was made with
 * @param files     the files, in corpus order
 * @param sheets    folder with one subfolder per unit (the pipeline's local source root)
 * @param register  project register CSV
 * @param goalsSeed board goals seed CSV
 */
public record Corpus(Path dir, long seed, List<CorpusEntry> files, Path sheets, Path register, Path goalsSeed) {

    public Corpus {
        Objects.requireNonNull(dir, "dir");
        files = List.copyOf(files);
    }

    public List<Path> paths() {
        return files.stream().map(CorpusEntry::path).toList();
    }

    public long totalBytes() {
        return files.stream().mapToLong(CorpusEntry::bytes).sum();
    }

    /**
     * One file of a prepared corpus.
     *
     * @param path      where it is
     * @param bytes     its size
     * @param tableRows data rows over the TABLE tabs
     */
    public record CorpusEntry(Path path, long bytes, int tableRows) {

        public CorpusEntry {
            Objects.requireNonNull(path, "path");
        }
    }
}
