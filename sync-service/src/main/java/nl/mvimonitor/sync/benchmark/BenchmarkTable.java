package nl.mvimonitor.sync.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The benchmark's results as a plain-text table with Dutch headings and Dutch decimals (1.234,5), one row per step,
 * with each step's time relative to the lower bound at the same thread count.
 */
final class BenchmarkTable {

    static final List<String> HEADINGS = List.of("Stap", "Draden", "Bestanden", "MB", "Tijd (s)", "Bestanden/s",
            "MB/s", "Piekheap (MB)", "× ondergrens");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String NONE = "–";

    private final List<Row> rows = new ArrayList<>();

    /** Adds a step; reference is the lower bound it is compared with, or null for none. */
    BenchmarkTable add(StepResult result, StepResult reference) {
        rows.add(new Row(result, reference));
        return this;
    }

    String format() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADINGS);
        rows.forEach(row -> cells.add(row.cells()));
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : cells) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            text.append(line(cells.get(r), widths)).append('\n');
            if (r == 0) {
                text.append(rule(widths)).append('\n');
            }
        }
        return text.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? cell + pad : pad + cell).append(c < cells.size() - 1 ? " | " : "");
        }
        return line.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append("-".repeat(widths[c])).append(c < widths.length - 1 ? "-+-" : "");
        }
        return rule.toString();
    }

    static String decimal(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        return String.format(DUTCH, "%,." + decimals + "f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? NONE : decimal(value, 2) + "×";
    }

    private record Row(StepResult result, StepResult reference) {

        Row {
            Objects.requireNonNull(result, "result");
        }

        List<String> cells() {
            StepResult r = result;
            double seconds = r.seconds();
            return List.of(r.completed() ? r.step() : r.step() + " – MISLUKT", String.valueOf(r.threads()),
                    decimal(r.files(), 0), decimal(r.megabytes(), 1), decimal(seconds, 2),
                    decimal(seconds == 0 ? Double.NaN : r.files() / seconds, 0),
                    decimal(seconds == 0 ? Double.NaN : r.megabytes() / seconds, 1),
                    decimal(r.peakHeap() / 1e6, 0), reference == null ? NONE : ratio(r.ratioTo(reference)));
        }
    }
}
