package nl.mvimonitor.sync.run;

import java.nio.file.Path;
import java.util.List;

import org.springframework.util.unit.DataSize;

import nl.mvimonitor.sync.intake.FileIntake;
import nl.mvimonitor.sync.intake.IntakeSettings;
import nl.mvimonitor.sync.intake.WorkbookCheck;
import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.sync.source.SpreadsheetSource;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.Runs;
import nl.mvimonitor.sync.store.SourceFiles;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Whole runs over a test database with a stand-in check and one text output instead of the workbooks: the store,
 * intake and run steps are the service's own, wired as the service wires them, without goals.
 */
final class TextRuns {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();

    private TextRuns() {
    }

    /** Runs of {@code source} that check files with {@code check} and write {@code output} with {@code writer}. */
    static SyncRuns over(TestDatabase db, SpreadsheetSource source, WorkbookCheck check, Path output,
            OutputWorkbook.Writer writer, MutableClock clock) {
        StoreSettings storeSettings = StoreSettings.defaults();
        Submissions submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, storeSettings);
        JdbcSubmissionQueries queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA,
                ProjectRegister.none(), storeSettings);
        FileIntake intake = new FileIntake(check, submissions,
                new IntakeSettings(2, DataSize.ofMegabytes(1), output.resolveSibling("register.csv")), clock);
        Runs runRecords = new Runs(db.jdbc());
        RunOutputs outputs = new RunOutputs(queries, runRecords, ProjectRegister.none(),
                () -> new LoadedGoals(List.of(), "test", "doelen"), List.of(new OutputWorkbook(output, writer)),
                new OutputPublisher(), SCHEMA, clock);
        return new SyncRuns(List.of(source), new SourceFiles(db.jdbc(), db.tx()), intake, runRecords, outputs, clock);
    }
}
