package nl.mvimonitor.sync.run;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import nl.mvimonitor.sync.consolidation.ConsolidatedWorkbookWriter;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.summary.BoardReportWriter;
import nl.mvimonitor.template.schema.TemplateSchema;

/** The two workbooks of a run: the MVI team's overview first, then the board's report. */
@Configuration(proxyBeanMethods = false)
class WorkbookOutputs {

    /** Sub-folder of the cache folder with the overview's rendered rows per submission. */
    static final String CONSOLIDATED_CACHE = "overzicht";
    /** Sub-folder of the cache folder with the board report's facts per submission. */
    static final String BOARD_CACHE = "bestuur";

    @Bean
    @Order(1)
    OutputWorkbook consolidatedWorkbook(TemplateSchema schema, PublishSettings settings) {
        return new OutputWorkbook(settings.consolidatedPath(),
                (data, goals, clock, out) -> new ConsolidatedWorkbookWriter(schema, clock,
                        settings.cacheDir().resolve(CONSOLIDATED_CACHE)).write(data, out));
    }

    @Bean
    @Order(2)
    OutputWorkbook boardWorkbook(TemplateSchema schema, PublishSettings settings) {
        return new OutputWorkbook(settings.boardPath(),
                (data, goals, clock, out) -> new BoardReportWriter(schema, clock,
                        settings.cacheDir().resolve(BOARD_CACHE))
                        .write(data, goals.tab(), out));
    }
}
