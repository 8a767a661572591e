package nl.mvimonitor.sync.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.mvimonitor.template.read.SubmissionReader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionValidator;

/**
 * The reading steps of the benchmark on the same files: the SAX lower bound, POI's XSSF object model, and our reader
 * and validator as intake uses them (file bytes, one reader and validator shared by all threads). Each step first
 * reads files untimed for a moment, so the JIT has compiled the code before the clock starts. The lower bound and our
 * reader are timed in {@value #ROUNDS} rounds and the fastest counts, so neither gains from running later than the
 * other (JIT, page cache); the object model, many times slower, runs once.
 */
final class ReadingSteps {

    static final String LOWER_BOUND = "Ondergrens (SAX)";
    static final String XSSF = "POI XSSF";
    static final String OURS = "Lezer + validatie";
    private static final int WARM_UP_FILES = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    static final int ROUNDS = 3;

    private final SubmissionReader reader;
    private final SubmissionValidator validator;

    ReadingSteps(TemplateSchema schema) {
        this.reader = new SubmissionReader(schema);
        this.validator = new SubmissionValidator(schema);
    }

    StepResult lowerBound(Corpus corpus, int threads) throws Exception {
        ThreadLocal<LowerBound> parsers = ThreadLocal.withInitial(LowerBound::new);
        return measure(LOWER_BOUND, corpus, threads, ROUNDS, file -> parsers.get().parse(file));
    }

    /** Single thread only: the object model is the naive reference, not a contender. */
    StepResult xssf(Corpus corpus) throws Exception {
        return measure(XSSF, corpus, 1, 1, XssfReference::read);
    }

    StepResult ours(Corpus corpus, int threads) throws Exception {
        return measure(OURS, corpus, threads, ROUNDS, file -> {
            byte[] bytes = Files.readAllBytes(file);
            validator.validate(reader.read(file.getFileName().toString(), bytes));
        });
    }

    private static StepResult measure(String step, Corpus corpus, int threads, int rounds, FileRead read)
            throws Exception {
        List<Path> files = corpus.paths();
        warmUp(files, threads, read);
        long fastest = Long.MAX_VALUE;
        long peakHeap = 0;
        for (int round = 0; round < rounds; round++) {
            try (HeapWatch heap = HeapWatch.start()) {
                long start = System.nanoTime();
                FileWorkers.run(threads, files.size(), i -> read.read(files.get(i)));
                fastest = Math.min(fastest, System.nanoTime() - start);
                peakHeap = Math.max(peakHeap, heap.peakBytes());
            }
        }
        return new StepResult(step, threads, files.size(), corpus.totalBytes(), fastest, peakHeap, true);
    }

    /**
     * Reads files untimed, at least {@value #WARM_UP_FILES} and on for {@link #WARM_UP} (never past the corpus), on
     * the threads the step then uses: the JIT compiles the hot code before the clock starts instead of beside it.
     */
    private static void warmUp(List<Path> files, int threads, FileRead read) throws Exception {
        long start = System.nanoTime();
        int done = 0;
        while (done < files.size() && (done < WARM_UP_FILES || System.nanoTime() - start < WARM_UP.toNanos())) {
            int from = done;
            int batch = Math.min(WARM_UP_FILES, files.size() - done);
            FileWorkers.run(threads, batch, i -> read.read(files.get(from + i)));
            done += batch;
        }
    }

    /** Reading one file, the way a step does it. */
    @FunctionalInterface
    private interface FileRead {
        void read(Path file) throws Exception;
    }
}
