package nl.mvimonitor.sync.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.intake.IntakeSettings;
import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.run.CliCommand;
import nl.mvimonitor.sync.run.GoalSeedSettings;
import nl.mvimonitor.sync.run.RunReport;
import nl.mvimonitor.sync.run.SyncRuns;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSettings;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * {@code --demo}: writes the demo organisation into the local folder source, runs once, and says what it did and where
 * the two workbooks are.
 */
@Component
class DemoCommand implements CliCommand {

    private final TemplateSchema schema;
    private final LocalFolderSettings folder;
    private final IntakeSettings intake;
    private final GoalSeedSettings goals;
    private final PublishSettings publish;
    private final SyncRuns runs;
    private final OutputPublisher publisher;
    private final PrintStream out;

    @Autowired
    DemoCommand(TemplateSchema schema, LocalFolderSettings folder, IntakeSettings intake, GoalSeedSettings goals,
            PublishSettings publish, SyncRuns runs, OutputPublisher publisher) {
        this(schema, folder, intake, goals, publish, runs, publisher, System.out);
    }

    DemoCommand(TemplateSchema schema, LocalFolderSettings folder, IntakeSettings intake, GoalSeedSettings goals,
            PublishSettings publish, SyncRuns runs, OutputPublisher publisher, PrintStream out) {
        this.schema = schema;
        this.publisher = publisher;
        this.folder = folder;
        this.intake = intake;
        this.goals = goals;
        this.publish = publish;
        this.runs = runs;
        this.out = out;
    }

    @Override
    public String option() {
        return "demo";
    }

    @Override
    public String descriptionNl() {
        return "Maakt een voorbeeldorganisatie (" + DemoOrganisation.NAME + ") met projectbladen en voert één run uit.";
    }

    @Override
    public int execute(ApplicationArguments args) throws Exception {
        if (CliCommand.hasStrayArguments(args)) {
            return USAGE;
        }
        List<Path> sheets = new DemoWriter(schema, publisher).write(folder.root(), intake.register(), goals.goalsSeed());
        out.println("Voorbeeldorganisatie " + DemoOrganisation.NAME + ": " + sheets.size()
                + " projectbladen geschreven in " + folder.root().toAbsolutePath().normalize());
        RunReport report = runs.runOnce();
        printReport(report);
        return report.completed() ? OK : FAILED;
    }

    private void printReport(RunReport report) {
        out.println();
        out.println(report.summaryNl());
        out.println("  bestanden gelezen:     " + report.filesRead() + " van " + report.filesSeen()
                + " (ongewijzigd overgeslagen: " + report.filesSkipped() + ", in quarantaine: "
                + report.filesQuarantined() + ")");
        out.println("  bevindingen:           " + report.errors() + " fouten, " + report.warnings() + " waarschuwingen");
        out.println("  MVI-overzicht:         " + publish.consolidatedPath().toAbsolutePath().normalize());
        out.println("  Bestuursrapportage:    " + publish.boardPath().toAbsolutePath().normalize());
        if (!report.completed()) {
            out.println("  Reden:                 " + report.message());
        }
    }
}
