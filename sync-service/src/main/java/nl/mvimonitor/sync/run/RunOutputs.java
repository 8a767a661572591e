package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.publish.OutputWriter;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.Publication;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * The output step of a run. Outputs are written only when something they depend on changed since they were last
 * published (current submissions, the board's goals, the project register, the template), or when one is missing.
 * The writers get a clock fixed at the moment those inputs last changed, so outputs never depend on when a run ran.
 */
@Component
public class RunOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(RunOutputs.class);

    private final SubmissionQueries queries;
    private final Runs runs;
    private final ProjectRegister register;
    private final BoardGoalLoader goalLoader;
    private final List<OutputWorkbook> outputs;
    private final OutputPublisher publisher;
    private final TemplateSchema schema;
    private final Clock clock;

    public RunOutputs(SubmissionQueries queries, Runs runs, ProjectRegister register,
            BoardGoalLoader goalLoader, List<OutputWorkbook> outputs, OutputPublisher publisher,
            TemplateSchema schema, Clock clock) {
        this.queries = queries;
        this.runs = runs;
        this.register = register;
        this.goalLoader = goalLoader;
        this.outputs = List.copyOf(outputs);
        this.publisher = publisher;
        this.schema = schema;
        this.clock = clock;
    }

    /** Writes the outputs when needed; reads the board's goals first, so an unreadable board workbook stops here. */
    PublishOutcome publishIfNeeded(Instant runStart) throws IOException {
        // every run, also when the outputs are up to date: what a killed run left must not wait for a change
        publisher.removeLeftovers(outputs.stream().map(OutputWorkbook::target).toList());
        LoadedGoals goals = goalLoader.load();
        ProjectRegister.Contents registered = register.read();
        // the outputs' own view of the store: the signature comes from the submissions they will write
        SubmissionQueries data = new RunQueries(queries, registered.expectedProjects());
        String signature = signature(goals, registered, data);
        Optional<Publication> last = runs.lastPublication();
        boolean changed = last.map(p -> !p.signature().equals(signature)).orElse(true);
        boolean missing = outputs.stream().anyMatch(o -> !Files.exists(o.target()));
        if (!changed && !missing) {
            return PublishOutcome.upToDate();
        }
        Instant asOf = changed ? runStart : last.get().asOf();
        LOG.info("Uitvoer schrijven (doelen van het bestuur: {})", goals.origin());
        publisher.publishAll(writers(data, goals, Clock.fixed(asOf, clock.getZone())));
        goalLoader.published();
        List<String> names = outputs.stream().map(o -> o.target().getFileName().toString()).toList();
        return new PublishOutcome(names, new Publication(signature, asOf));
    }

    private Map<Path, OutputWriter> writers(SubmissionQueries data, LoadedGoals goals, Clock asOf) {
        Map<Path, OutputWriter> writers = new LinkedHashMap<>();
        for (OutputWorkbook output : outputs) {
            writers.put(output.target(), out -> {
                long start = System.nanoTime();
                output.writer().write(data, goals.goals(), asOf, out);
                LOG.info("{} gemaakt in {} s", output.target().getFileName(), RunProgress.secondsSince(start));
            });
        }
        return writers;
    }

    private String signature(LoadedGoals goals, ProjectRegister.Contents registered, SubmissionQueries data) {
        String inputs = String.join("\n",
                "template=" + schema.templateId() + "/" + schema.version(),
                "submissions=" + Submissions.signatureOf(data.currentSubmissions()),
                "register=" + registered.fingerprint(),
                "goals=" + goals.fingerprint(),
                "outputs=" + outputs.stream().map(o -> o.target().getFileName().toString()).toList());
        return Sha256.hex(inputs);
    }
}
