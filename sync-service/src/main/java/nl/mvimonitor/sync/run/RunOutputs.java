package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.publish.PublishedFile;
import nl.mvimonitor.sync.publish.OutputWriter;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.Publication;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.WrittenOutput;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * The output step of a run. Outputs are written only when something they depend on changed since they were last
 * published (current submissions, the board's goals, the project register, the template); then all are written.
 * Else an output that is no longer the file the service wrote (missing, emptied, damaged, replaced: see
 * {@link OutputCheck}) is written again on its own, and the run's note says which and why. The writers get a clock
 * fixed at the moment the inputs last changed, so outputs never depend on when a run ran, and a rewritten output
 * matches the others.
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
        Map<OutputWorkbook, String> broken = changed ? Map.of() : broken();
        String duplicates = duplicatesNoteNl(data);
        if (!changed && broken.isEmpty()) {
            return PublishOutcome.upToDate(duplicates);
        }
        List<OutputWorkbook> toWrite = changed ? outputs : List.copyOf(broken.keySet());
        Instant asOf = changed ? runStart : last.get().asOf();
        broken.forEach((output, why) -> LOG.warn("{} wordt opnieuw geschreven, want {}", name(output), why));
        LOG.info("Uitvoer schrijven (doelen van het bestuur: {})", goals.origin());
        List<PublishedFile> published = publisher.publishAll(
                writers(toWrite, data, goals, Clock.fixed(asOf, clock.getZone())));
        runs.recordWritten(published.stream().map(RunOutputs::written).toList(), clock.instant());
        goalLoader.published();
        List<String> names = toWrite.stream().map(RunOutputs::name).toList();
        return new PublishOutcome(names, new Publication(signature, asOf),
                noteNl(repairNoteNl(broken), goals.noteNl(), duplicates));
    }

    /**
     * How many current files do not count because another file has their ProjectID: their DUBBEL_PROJECT findings
     * are made by the store's read side, not by this run's intake, so the run's finding counts do not show them.
     */
    private static String duplicatesNoteNl(SubmissionQueries data) {
        long duplicates = data.currentSubmissions().stream().filter(s -> !s.counts()).count();
        if (duplicates == 0) {
            return null;
        }
        return duplicates == 1
                ? "1 bestand telt niet mee, omdat een ander bestand dezelfde ProjectID heeft (DUBBEL_PROJECT in"
                        + " Validatie)."
                : duplicates + " bestanden tellen niet mee, omdat een ander bestand dezelfde ProjectID heeft"
                        + " (DUBBEL_PROJECT in Validatie).";
    }

    /** The outputs that are not the files last written, each with the reason, in output order. */
    private Map<OutputWorkbook, String> broken() throws IOException {
        Map<String, WrittenOutput> written = runs.written();
        Map<OutputWorkbook, String> broken = new LinkedHashMap<>();
        for (OutputWorkbook output : outputs) {
            OutputCheck.problemNl(output.target(), written.get(key(output.target())))
                    .ifPresent(why -> broken.put(output, why));
        }
        return broken;
    }

    private static String repairNoteNl(Map<OutputWorkbook, String> broken) {
        if (broken.isEmpty()) {
            return null;
        }
        return "Opnieuw geschreven: " + broken.entrySet().stream()
                .map(output -> name(output.getKey()) + ", want " + output.getValue())
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The notes that are there, in order, or null when there is none. */
    private static String noteNl(String... notes) {
        String joined = Arrays.stream(notes).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static WrittenOutput written(PublishedFile file) {
        return new WrittenOutput(key(file.target()), file.sizeBytes(), file.sha256(), file.lastModified());
    }

    /** How the store names an output: the publisher's absolute path. */
    private static String key(Path target) {
        return target.toAbsolutePath().toString();
    }

    private static String name(OutputWorkbook output) {
        return output.target().getFileName().toString();
    }

    private Map<Path, OutputWriter> writers(List<OutputWorkbook> toWrite, SubmissionQueries data, LoadedGoals goals,
            Clock asOf) {
        Map<Path, OutputWriter> writers = new LinkedHashMap<>();
        for (OutputWorkbook output : toWrite) {
            writers.put(output.target(), out -> {
                long start = System.nanoTime();
                output.writer().write(data, goals, asOf, out);
                LOG.info("{} gemaakt in {} s", SafeName.logged(output.target().getFileName()),
                        RunProgress.secondsSince(start));
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
