package nl.mvimonitor.sync.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.template.schema.SchemaLoader;

class BenchmarkCorpusTest {

    private static final long SEED = 7L;
    private static final int PROTOTYPES = 8;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private BenchmarkCorpus generator() {
        return new BenchmarkCorpus(SchemaLoader.current(), SEED, PROTOTYPES,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void sameSeedAndIndexGiveByteIdenticalFilesWhateverTheCorpusSize() throws Exception {
        Corpus six = generator().prepare(dir.resolve("a"), 6);
        Corpus four = generator().prepare(dir.resolve("b"), 4);

        for (int i = 0; i < 4; i++) {
            assertThat(Files.readAllBytes(four.files().get(i).path()))
                    .isEqualTo(Files.readAllBytes(six.files().get(i).path()));
            assertThat(six.dir().relativize(six.files().get(i).path()))
                    .isEqualTo(four.dir().relativize(four.files().get(i).path()));
        }
    }

    @Test
    void everyFileHasItsOwnProjectIdAndPath() {
        BenchmarkCorpus generator = generator();
        List<CorpusFile> plans = IntStream.range(0, 5_000).mapToObj(generator::plan).toList();

        assertThat(plans).extracting(CorpusFile::projectId).doesNotHaveDuplicates();
        assertThat(plans).extracting(CorpusFile::relativePath).doesNotHaveDuplicates();
        assertThat(plans).extracting(CorpusFile::projectId).allMatch(id -> id.matches("P-20\\d\\d-\\d{5}"));
    }

    @Test
    void theRegisterListsEveryFileAndAFewProjectsThatSentNone() throws Exception {
        Corpus corpus = generator().prepare(dir, 5);

        List<String> lines = Files.readAllLines(corpus.register(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("ProjectID;Organisatieonderdeel;Jaar");
        assertThat(lines).hasSize(1 + 5 + 2);
        for (Corpus.CorpusEntry file : corpus.files()) {
            String projectId = file.path().getFileName().toString().replace(".xlsx", "");
            String unit = file.path().getParent().getFileName().toString();
            assertThat(lines).anyMatch(line -> line.startsWith(projectId + ";" + unit + ";"));
        }
        assertThat(corpus.goalsSeed()).isRegularFile();
    }

    @Test
    void reusesACorpusWhoseManifestMatches() throws Exception {
        Corpus first = generator().prepare(dir, 3);
        Path file = first.files().get(0).path();
        FileTime written = Files.getLastModifiedTime(file);
        progress.reset();

        generator().prepare(dir, 3);

        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("hergebruikt").doesNotContain("prototypen");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void changeOnePercentRewritesOneFileInAHundredAndTheNextPrepareRestoresThem() throws Exception {
        BenchmarkCorpus generator = generator();
        Corpus corpus = generator.prepare(dir, 200);
        List<byte[]> before = contents(corpus);
        Set<Path> listed = files(corpus);

        List<Path> changed = generator.changeOnePercent(corpus);

        List<byte[]> after = contents(corpus);
        List<Path> differing = IntStream.range(0, 200)
                .filter(i -> !java.util.Arrays.equals(before.get(i), after.get(i)))
                .mapToObj(i -> corpus.files().get(i).path()).toList();
        assertThat(changed).hasSize(2).containsExactlyInAnyOrderElementsOf(differing);
        assertThat(files(corpus)).isEqualTo(listed);
        List<Path> next = generator.changeOnePercent(corpus, 1);
        assertThat(next).hasSize(2).doesNotContainAnyElementsOf(changed);

        Corpus restored = generator().prepare(dir, 200);
        assertThat(contents(restored)).usingElementComparator(java.util.Arrays::compare).isEqualTo(before);
    }

    private static List<byte[]> contents(Corpus corpus) throws Exception {
        List<byte[]> contents = new ArrayList<>();
        for (Path path : corpus.paths()) {
            contents.add(Files.readAllBytes(path));
        }
        return contents;
    }

    private static Set<Path> files(Corpus corpus) throws Exception {
        try (var tree = Files.walk(corpus.sheets())) {
            return new HashSet<>(tree.filter(Files::isRegularFile).toList());
        }
    }
}
