package nl.mvimonitor.sync.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.run.CliCommand;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * {@code --benchmark}: for each corpus size, makes (or reuses) the corpus and measures on the same files the SAX lower
 * bound, POI's XSSF, our reader and validator on one and on all threads, and a cold and an incremental run of the
 * pipeline; prints one table per size. Fails when a pipeline run fails.
 */
@Component
class BenchmarkCommand implements CliCommand {

    static final String FILES = "files";
    static final String CORPUS = "corpus";
    static final String SEED = "seed";
    static final String STEPS = "steps";
    /** Steps 2 and 3: XSSF and our reader with the validator (the lower bound always runs). */
    static final String STEP_READERS = "lezen";
    /** Steps 4 and 5: the cold and the incremental run. */
    static final String STEP_RUNS = "run";
    static final String DEFAULT_FILES = "1000,5000";
    static final String DEFAULT_CORPUS = "./mvi-data/benchmark";
    static final long DEFAULT_SEED = 20261126L;

    private final TemplateSchema schema;
    private final PrintStream out;
    private final int prototypes;

    @Autowired
    BenchmarkCommand(TemplateSchema schema) {
        this(schema, System.out, BenchmarkCorpus.DEFAULT_PROTOTYPES);
    }

    /** With fewer prototypes, so a test does not wait for the template writer 64 times. */
    BenchmarkCommand(TemplateSchema schema, PrintStream out, int prototypes) {
        this.schema = schema;
        this.out = out;
        this.prototypes = prototypes;
    }

    @Override
    public String option() {
        return "benchmark";
    }

    @Override
    public String descriptionNl() {
        return "Meet de leessnelheid en een volledige en incrementele run op een gegenereerd corpus "
                + "(--files=1000,5000 --corpus=map --seed=getal --steps=lezen,run).";
    }

    @Override
    public Set<String> acceptedOptions() {
        return Set.of(FILES, CORPUS, SEED, STEPS);
    }

    @Override
    public int execute(ApplicationArguments args) throws Exception {
        Optional<List<Integer>> sizes = sizes(value(args, FILES, DEFAULT_FILES));
        Optional<Long> seed = number(value(args, SEED, String.valueOf(DEFAULT_SEED)));
        Set<String> steps = Set.of(value(args, STEPS, STEP_READERS + "," + STEP_RUNS).split(","));
        boolean knownSteps = !steps.isEmpty() && Set.of(STEP_READERS, STEP_RUNS).containsAll(steps);
        if (CliCommand.hasStrayArguments(args) || sizes.isEmpty() || seed.isEmpty() || !knownSteps) {
            out.println("Gebruik: --benchmark [--files=1000,5000] [--corpus=map] [--seed=getal] [--steps=lezen,run]");
            return USAGE;
        }
        Path root = Path.of(value(args, CORPUS, DEFAULT_CORPUS));
        MachineInfo.linesNl().forEach(out::println);
        BenchmarkCorpus generator = new BenchmarkCorpus(schema, seed.get(), prototypes, out);
        boolean completed = true;
        for (int files : sizes.get()) {
            Corpus corpus = generator.prepare(root.resolve(String.valueOf(files)), files);
            completed &= new BenchmarkSteps(schema, generator, out).run(corpus, steps.contains(STEP_READERS),
                    steps.contains(STEP_RUNS));
        }
        return completed ? OK : FAILED;
    }

    private static String value(ApplicationArguments args, String option, String fallback) {
        List<String> values = args.getOptionValues(option);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    static Optional<List<Integer>> sizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : Arrays.asList(text.split(","))) {
            Optional<Long> n = number(part);
            if (n.isEmpty() || n.get() < 1 || n.get() > 100_000) {
                return Optional.empty();
            }
            sizes.add(n.get().intValue());
        }
        return Optional.of(sizes);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
