package nl.mvimonitor.sync.run;

import static nl.mvimonitor.sync.store.StoreFixtures.T0;
import static nl.mvimonitor.sync.store.StoreFixtures.file;
import static nl.mvimonitor.sync.store.StoreFixtures.received;
import static nl.mvimonitor.sync.store.StoreFixtures.row;
import static nl.mvimonitor.sync.store.StoreFixtures.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.cache.PackedCache;
import nl.mvimonitor.sync.consolidation.ConsolidatedWorkbookWriter;
import nl.mvimonitor.sync.consolidation.CountingQueries;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.JdbcSubmissionQueries;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.StoreSettings;
import nl.mvimonitor.sync.store.Submissions;
import nl.mvimonitor.sync.store.TestDatabase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.validate.ValidatedSubmission;

class OutputPreparationTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private TestDatabase db;
    private Submissions submissions;
    private JdbcSubmissionQueries queries;
    private OutputPreparation preparation;

    @BeforeEach
    void open() {
        db = TestDatabase.h2();
        submissions = new Submissions(db.jdbc(), db.tx(), SCHEMA, StoreSettings.defaults());
        queries = new JdbcSubmissionQueries(db.dataSource(), db.transactions(), SCHEMA, ProjectRegister.none(),
                StoreSettings.defaults());
        preparation = new OutputPreparation(queries, SCHEMA,
                new PublishSettings(folder.resolve("out"), "o.xlsx", "b.xlsx", folder.resolve("cache")));
    }

    @AfterEach
    void close() {
        preparation.destroy();
        db.close();
    }

    @Test
    void keepsBothOutputsShareOfEachStoredSubmissionBeforeTheyAreWritten() throws IOException {
        for (int i = 1; i <= 3; i++) {
            ValidatedSubmission result = validated("P-" + i, Map.of("Realisatie",
                    List.of(row(3, Map.of("periode", "2025", "thema", "KLI", "gerealiseerd", BigDecimal.TEN)))));
            long id = submissions.record(received(file("Zuid/p" + i + ".xlsx", "Zuid", "f"), "p" + i, result), T0)
                    .submissionId();
            preparation.stored(id, result);
        }
        preparation.finish();

        assertThat(files(WorkbookOutputs.CONSOLIDATED_CACHE)).hasSize(3);
        assertThat(files(WorkbookOutputs.BOARD_CACHE)).hasSize(3);
        CountingQueries counting = new CountingQueries(queries);
        new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, folder.resolve("cache").resolve(
                WorkbookOutputs.CONSOLIDATED_CACHE)).write(counting, new ByteArrayOutputStream());
        assertThat(counting.submissionsRead()).as("the writer used the prepared rows").isEmpty();
    }

    @Test
    void ignoresASubmissionThatIsNoLongerCurrent() throws IOException {
        preparation.stored(4711, validated("P-9", Map.of()));
        preparation.finish();
        assertThat(files(WorkbookOutputs.CONSOLIDATED_CACHE)).isEmpty();
    }

    private Set<String> files(String cache) {
        return PackedCache.in(folder.resolve("cache").resolve(cache)).keys();
    }
}
