package nl.mvimonitor.sync.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;

import nl.mvimonitor.sync.consolidation.Coverage;
import nl.mvimonitor.sync.consolidation.CoverageRow;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The Datakwaliteit tab: per year the response rate and how the Realisatie figures were obtained (with evidence,
 * estimated, measured); below it, per organisational unit, the files by status and the open findings.
 */
final class DataQualitySheet {

    static final String NAME = "Datakwaliteit";
    static final List<String> YEAR_LABELS = List.of("Jaar", "Verwachte projecten", "Ontvangen", "Respons %",
            "Realisatie-rijen", "% met bewijs", "% geschat (schatting of standaardwaarde)",
            "% gemeten of opgave leverancier");
    /** Unit table: files, then one column per status in enum order, then open findings per severity. */
    static final List<String> UNIT_LABELS = Stream.of(Stream.of("Organisatieonderdeel", "Projectbladen"),
            Arrays.stream(SubmissionStatus.values()).map(Enum::name),
            Stream.of("Open fouten", "Open waarschuwingen")).flatMap(s -> s).toList();
    private static final List<Integer> WIDTHS = List.of(26, 14, 12, 16, 16, 16, 18, 20);
    static final String NO_REGISTER = "Geen projectregister ingesteld: de respons is onbekend.";

    private final KpiCalculator calculator;

    DataQualitySheet(KpiCalculator calculator) {
        this.calculator = calculator;
    }

    void write(BoardSheet sheet) {
        sheet.header(0, YEAR_LABELS, WIDTHS);
        int rowIndex = 1;
        for (int year : calculator.facts().years()) {
            writeYear(sheet, sheet.row(rowIndex++), year);
        }
        if (!calculator.facts().coverage().hasRegister()) {
            sheet.styled(sheet.row(rowIndex++), 0, NO_REGISTER, sheet.styles().note);
        }
        rowIndex++;
        sheet.headerCells(rowIndex++, UNIT_LABELS, WIDTHS);
        Map<String, int[]> byUnit = countsByUnit();
        for (Map.Entry<String, int[]> unit : byUnit.entrySet()) {
            writeUnit(sheet, sheet.row(rowIndex++), unit.getKey(), unit.getValue());
        }
        writeUnit(sheet, sheet.row(rowIndex), "Totaal", total(byUnit));
    }

    private void writeYear(BoardSheet sheet, Row row, int year) {
        Scope scope = Scope.all(year);
        EffectTotals rows = calculator.effects(scope);
        sheet.year(row, 0, year);
        if (calculator.facts().coverage().hasRegister()) {
            CoverageRow coverage = calculator.facts().coverage(scope);
            sheet.integer(row, 1, coverage.expected());
            sheet.integer(row, 2, coverage.received());
            sheet.number(row, 3, Percent.of(coverage.received(), coverage.expected()), sheet.styles().decimal);
        }
        sheet.integer(row, 4, rows.rows());
        sheet.number(row, 5, Percent.of(rows.withEvidence(), rows.rows()), sheet.styles().decimal);
        sheet.number(row, 6, Percent.of(rows.estimated(), rows.rows()), sheet.styles().decimal);
        sheet.number(row, 7, Percent.of(rows.measured(), rows.rows()), sheet.styles().decimal);
    }

    /** Per unit: files, files per status (in enum order), open errors, open warnings. */
    private Map<String, int[]> countsByUnit() {
        Map<String, int[]> counts = new TreeMap<>();
        int statuses = SubmissionStatus.values().length;
        for (SubmissionSummary submission : calculator.facts().submissions()) {
            int[] c = counts.computeIfAbsent(Coverage.unitOf(submission), k -> new int[statuses + 3]);
            c[0]++;
            c[1 + submission.status().ordinal()]++;
            c[statuses + 1] += submission.errors();
            c[statuses + 2] += submission.warnings();
        }
        return counts;
    }

    private static int[] total(Map<String, int[]> byUnit) {
        int[] total = new int[SubmissionStatus.values().length + 3];
        byUnit.values().forEach(c -> {
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    private static void writeUnit(BoardSheet sheet, Row row, String unit, int[] counts) {
        sheet.text(row, 0, unit);
        for (int i = 0; i < counts.length; i++) {
            sheet.integer(row, 1 + i, counts[i]);
        }
    }
}
