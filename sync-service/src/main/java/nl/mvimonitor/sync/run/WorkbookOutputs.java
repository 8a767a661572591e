package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import nl.mvimonitor.sync.consolidation.ConsolidatedWorkbookWriter;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.summary.BoardGoal;
import nl.mvimonitor.sync.summary.BoardReportWriter;
import nl.mvimonitor.template.schema.TemplateSchema;

/** The two workbooks of a run: the MVI team's overview first, then the board's report. */
@Configuration(proxyBeanMethods = false)
class WorkbookOutputs {

    @Bean
    @Order(1)
    OutputWorkbook consolidatedWorkbook(TemplateSchema schema, PublishSettings settings) {
        return new OutputWorkbook() {
            @Override
            public Path target() {
                return settings.consolidatedPath();
            }

            @Override
            public void write(SubmissionQueries data, List<BoardGoal> goals, Clock clock, OutputStream out)
                    throws IOException {
                new ConsolidatedWorkbookWriter(schema, clock).write(data, out);
            }
        };
    }

    @Bean
    @Order(2)
    OutputWorkbook boardWorkbook(TemplateSchema schema, PublishSettings settings) {
        return new OutputWorkbook() {
            @Override
            public Path target() {
                return settings.boardPath();
            }

            @Override
            public void write(SubmissionQueries data, List<BoardGoal> goals, Clock clock, OutputStream out)
                    throws IOException {
                new BoardReportWriter(schema, clock).write(data, goals, out);
            }
        };
    }
}
