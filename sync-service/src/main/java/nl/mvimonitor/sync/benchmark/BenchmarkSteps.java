package nl.mvimonitor.sync.benchmark;

import java.io.PrintStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.mvimonitor.sync.run.RunReport;
import nl.mvimonitor.template.schema.TemplateSchema;

/** The steps on one corpus, in order, and the table they make. */
final class BenchmarkSteps {

    private final ReadingSteps reading;
    private final PipelineRun pipeline;
    private final PrintStream out;
    private final int cores = Runtime.getRuntime().availableProcessors();

    BenchmarkSteps(TemplateSchema schema, BenchmarkCorpus generator, PrintStream out) {
        this.reading = new ReadingSteps(schema);
        this.pipeline = new PipelineRun(generator);
        this.out = out;
    }

    /**
     * Runs the steps and prints the table; false when a pipeline run did not complete. The lower bound always runs:
     * every other step is compared with it.
     *
     * @param readers whether to measure XSSF and our reader (steps 2 and 3)
     * @param runs    whether to measure the cold and incremental run (steps 4 and 5)
     */
    boolean run(Corpus corpus, boolean readers, boolean runs) throws Exception {
        out.println();
        out.println(MachineInfo.corpusNl(corpus));
        BenchmarkTable table = new BenchmarkTable();
        StepResult lowerOne = step(reading.lowerBound(corpus, 1));
        table.add(lowerOne, lowerOne);
        if (readers) {
            table.add(step(reading.xssf(corpus)), lowerOne);
            table.add(step(reading.ours(corpus, 1)), lowerOne);
        }
        StepResult lowerAll = lowerOne;
        if (cores > 1) {
            lowerAll = step(reading.lowerBound(corpus, cores));
            table.add(lowerAll, lowerAll);
            if (readers) {
                table.add(step(reading.ours(corpus, cores)), lowerAll);
            }
        }
        if (!runs) {
            out.println();
            out.print(table.format());
            return true;
        }
        progress("pijplijn: volledige run en incrementele run na wijziging van 1% van de bestanden");
        PipelineResult result = pipeline.run(corpus);
        table.add(result.cold(), lowerAll).add(result.incremental(), lowerAll);
        out.println();
        out.print(table.format());
        printPipeline(result);
        return result.completed();
    }

    private StepResult step(StepResult result) {
        progress(result.step() + " (" + (result.threads() == 1 ? "1 draad" : result.threads() + " draden") + "): "
                + BenchmarkTable.decimal(result.seconds(), 2) + " s");
        return result;
    }

    private void progress(String line) {
        out.println("  " + line);
    }

    private void printPipeline(PipelineResult result) {
        double share = result.incremental().seconds() / result.cold().seconds() * 100;
        out.println("Opstarten van de dienst (niet in de runs): "
                + BenchmarkTable.decimal(result.startUpNanos() / 1e9, 2) + " s");
        out.println("Koude run: " + result.coldReport().filesRead() + " gelezen, " + result.coldReport().errors()
                + " fouten, " + result.coldReport().warnings() + " waarschuwingen; uitvoer "
                + BenchmarkTable.decimal(result.outputBytes() / 1e6, 1) + " MB");
        out.println("Incrementele run: " + result.incrementalReport().filesRead() + " gelezen, "
                + result.incrementalReport().filesSkipped() + " ongewijzigd; "
                + BenchmarkTable.decimal(share, 1) + "% van de koude run (de snelste van "
                + result.incrementals().size() + " runs, elk na een andere 1%: " + result.incrementals().stream()
                .map(r -> BenchmarkTable.decimal(r.seconds(), 2) + " s").collect(Collectors.joining(", ")) + ")");
        if (!result.completed()) {
            RunReport failed = Stream.concat(Stream.of(result.coldReport()), result.incrementalReports().stream())
                    .filter(r -> !r.completed()).findFirst().orElseThrow();
            out.println("Een run is mislukt: " + failed.message());
        }
    }
}
