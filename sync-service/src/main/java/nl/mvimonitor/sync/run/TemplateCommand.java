package nl.mvimonitor.sync.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.workbook.ProjectPrefill;
import nl.mvimonitor.template.workbook.TemplateWorkbookWriter;

/**
 * {@code --template=<file.xlsx>}: writes the project sheet a team receives, optionally pre-filled with
 * {@code --project-id}, {@code --project-name}, {@code --unit} and {@code --organisation}.
 */
@Component
class TemplateCommand implements CliCommand {

    private final TemplateSchema schema;
    private final OutputPublisher publisher;
    private final PrintStream out;

    @Autowired
    TemplateCommand(TemplateSchema schema, OutputPublisher publisher) {
        this(schema, publisher, System.out);
    }

    TemplateCommand(TemplateSchema schema, OutputPublisher publisher, PrintStream out) {
        this.schema = schema;
        this.publisher = publisher;
        this.out = out;
    }

    @Override
    public String option() {
        return "template";
    }

    @Override
    public String descriptionNl() {
        return "Schrijft het projectblad voor een team: --template=bestand.xlsx [--project-id= --project-name= --unit="
                + " --organisation=].";
    }

    @Override
    public Set<String> acceptedOptions() {
        return Set.of("project-id", "project-name", "unit", "organisation");
    }

    @Override
    public int execute(ApplicationArguments args) throws Exception {
        String file = single(args, "template");
        if (file == null || file.isBlank() || CliCommand.hasStrayArguments(args)) {
            out.println("Geef het doelbestand op, bijvoorbeeld --template=projectblad.xlsx");
            return USAGE;
        }
        Path target = Path.of(file).toAbsolutePath().normalize();
        ProjectPrefill prefill = new ProjectPrefill(single(args, "organisation"), single(args, "project-id"),
                single(args, "project-name"), single(args, "unit"));
        publisher.publish(target, stream -> new TemplateWorkbookWriter(schema).writeTemplate(prefill, stream));
        out.println("Projectblad (sjabloon " + schema.templateId() + " versie " + schema.version() + ") geschreven: "
                + target);
        return OK;
    }

    private static String single(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
