package nl.mvimonitor.sync.benchmark;

import java.io.PrintStream;

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

    /** Runs every step and prints the table; false when a pipeline run did not complete. */
    boolean run(Corpus corpus) throws Exception {
        out.println();
        out.println(MachineInfo.corpusNl(corpus));
        BenchmarkTable table = new BenchmarkTable();
        StepResult lowerOne = step(reading.lowerBound(corpus, 1));
        table.add(lowerOne, lowerOne);
        table.add(step(reading.xssf(corpus)), lowerOne);
        table.add(step(reading.ours(corpus, 1)), lowerOne);
        StepResult lowerAll = lowerOne;
        if (cores > 1) {
            lowerAll = step(reading.lowerBound(corpus, cores));
            table.add(lowerAll, lowerAll);
            table.add(step(reading.ours(corpus, cores)), lowerAll);
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
                + BenchmarkTable.decimal(share, 1) + "% van de koude run");
        if (!result.completed()) {
            out.println("Een run is mislukt: " + (result.coldReport().completed() ? result.incrementalReport()
                    : result.coldReport()).message());
        }
    }
}
