package nl.mvimonitor.sync.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.read.SubmissionReader;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.SubmissionValidator;
import nl.mvimonitor.template.validate.ValidatedSubmission;

/** The corpus read back by our own reader: sizes as promised and exactly the planted findings. */
class CorpusContentTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final SubmissionReader READER = new SubmissionReader(SCHEMA);
    private static final SubmissionValidator VALIDATOR = new SubmissionValidator(SCHEMA);

    @TempDir
    static Path dir;

    private static BenchmarkCorpus generator;
    private static Corpus corpus;

    @BeforeAll
    static void makeCorpus() throws Exception {
        generator = new BenchmarkCorpus(SCHEMA, 11L, 12, new java.io.PrintStream(OutputStream.nullOutputStream()));
        corpus = generator.prepare(dir, 40);
    }

    @Test
    void everyFileHas20To300DataRowsOverTheTableTabs() throws Exception {
        for (int i = 0; i < corpus.files().size(); i++) {
            ValidatedSubmission sheet = read(corpus.files().get(i).path());
            int rows = SCHEMA.tabs().stream().filter(tab -> tab.layout() == TabLayout.TABLE)
                    .map(TabSchema::key).mapToInt(tab -> sheet.rows(tab).size()).sum();
            assertThat(rows).isBetween(PrototypeSpec.MIN_ROWS, PrototypeSpec.MAX_ROWS)
                    .isEqualTo(corpus.files().get(i).tableRows());
        }
    }

    @Test
    void everyFileShowsExactlyThePlantedFindings() throws Exception {
        int withFindings = 0;
        for (int i = 0; i < corpus.files().size(); i++) {
            CorpusFile plan = generator.plan(i);
            Set<String> found = read(corpus.files().get(i).path()).findings().stream().map(Finding::rule)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(found).as(plan.projectId()).isEqualTo(planted(plan));
            withFindings += found.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isBetween(5, 35);
    }

    @Test
    void theIdentityOfEachFileReplacesThePrototypesTokens() throws Exception {
        CorpusFile plan = generator.plan(3);
        ValidatedSubmission sheet = read(corpus.files().get(3).path());

        assertThat(sheet.projectId()).isEqualTo(plan.projectId());
        assertThat(sheet.metadata().projectId()).isEqualTo(plan.projectId());
        var project = sheet.single("Project").orElseThrow();
        assertThat(project.text("projectnaam")).isEqualTo(plan.projectName());
        assertThat(project.text("organisatieonderdeel")).isEqualTo(plan.unit());
        assertThat(project.text("opmerkingen")).isEqualTo(plan.remark());
    }

    @Test
    void onlyAFewFilesCarryTheFictionalBsn() throws Exception {
        CorpusFile withBsn = generator.plan(CorpusFile.BSN_EVERY / 2 - 1);
        Path file = dir.resolve("bsn.xlsx");
        Files.write(file, generator.workbook(withBsn));

        assertThat(read(file).findings()).extracting(Finding::rule).contains("PRIVACY_BSN");
        long inFiveThousand = java.util.stream.IntStream.range(0, 5_000)
                .filter(i -> generator.plan(i).hasPlantedBsn()).count();
        assertThat(inFiveThousand).isEqualTo(5);
    }

    @Test
    void mistakesArePlantedAtRealisticRates() {
        Map<PlantedMistake, Integer> counts = new EnumMap<>(PlantedMistake.class);
        int prototypes = 1_000;
        for (int k = 0; k < prototypes; k++) {
            PrototypeSpec.generate(20261126L, k).mistakes().forEach(m -> counts.merge(m, 1, Integer::sum));
        }
        for (PlantedMistake mistake : List.of(PlantedMistake.NUMBER_AS_TEXT, PlantedMistake.MISSING_REQUIRED,
                PlantedMistake.OUT_OF_CODE_LIST, PlantedMistake.DATE_AS_TEXT, PlantedMistake.RENAMED_COLUMN)) {
            double rate = counts.getOrDefault(mistake, 0) / (double) prototypes;
            double p = mistake.prototypeRate();
            double fourSigma = 4 * Math.sqrt(p * (1 - p) / prototypes);
            assertThat(rate).as(mistake.name()).isBetween(p - fourSigma, p + fourSigma);
        }
        assertThat(counts).doesNotContainKey(PlantedMistake.BSN_IN_REMARK);
    }

    private Set<String> planted(CorpusFile plan) {
        Set<String> rules = generator.spec(plan.prototype()).mistakes().stream().map(m -> m.rule().name())
                .collect(Collectors.toCollection(TreeSet::new));
        if (plan.hasPlantedBsn()) {
            rules.add(PlantedMistake.BSN_IN_REMARK.rule().name());
        }
        return rules;
    }

    private static ValidatedSubmission read(Path file) throws Exception {
        return VALIDATOR.validate(READER.read(file.getFileName().toString(), Files.readAllBytes(file)));
    }
}
