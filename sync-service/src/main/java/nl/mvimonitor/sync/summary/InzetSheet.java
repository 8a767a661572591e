package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.apache.poi.ss.usermodel.Row;

/**
 * The Inzet tab: per theme (and all themes) and award year, how MVI was applied in tenders. A chart next to the
 * table shows the share of tenders with MVI per year and theme.
 */
final class InzetSheet {

    static final String NAME = "Inzet";
    static final List<String> LABELS = List.of("Thema", "Jaar", "Aanbestedingen", "Met MVI", "% met MVI",
            "% significant of ambitieus", "Contractwaarde met MVI (EUR)", "% contractwaarde met MVI",
            "% gunningsweging op MVI", "Gegunde contracten met MVI", "% met KPI-borging", "% met rapportageplicht",
            "% geborgd (KPI en rapportage)");
    private static final List<Integer> WIDTHS = List.of(30, 8, 16, 10, 10, 14, 18, 14, 14, 14, 12, 14, 14);

    private final KpiCalculator calculator;
    private final ThemeNames themes;

    InzetSheet(KpiCalculator calculator, ThemeNames themes) {
        this.calculator = calculator;
        this.themes = themes;
    }

    void write(BoardSheet sheet) {
        sheet.header(0, LABELS, WIDTHS);
        SortedSet<Integer> years = calculator.facts().tenderYears();
        List<String> themeCodes = themes.withAll(calculator.facts().criterionThemes());
        int rowIndex = 1;
        for (String theme : themeCodes) {
            for (int year : years) {
                InzetFigures figures = calculator.inzet(new Scope(theme, null, year));
                writeRow(sheet, sheet.row(rowIndex++), theme, year, figures);
            }
        }
        sheet.filter(0, rowIndex - 1, LABELS.size());
        if (!years.isEmpty()) {
            new InzetChart(sheet, LABELS.size() + 1).write(new ArrayList<>(years), themeCodes, themes,
                    (theme, year) -> calculator.inzet(new Scope(theme, null, year)).mviShare());
        }
    }

    private void writeRow(BoardSheet sheet, Row row, String theme, int year, InzetFigures f) {
        var styles = sheet.styles();
        sheet.text(row, 0, themes.label(theme));
        sheet.year(row, 1, year);
        sheet.integer(row, 2, f.tenders());
        sheet.integer(row, 3, f.withMvi());
        sheet.number(row, 4, f.mviShare(), styles.decimal);
        sheet.number(row, 5, f.ambitiousShare(), styles.decimal);
        sheet.number(row, 6, f.valueWithMvi(), styles.amount);
        sheet.number(row, 7, f.valueShare(), styles.decimal);
        sheet.number(row, 8, f.awardWeight(), styles.decimal);
        sheet.integer(row, 9, f.contractedWithMvi());
        sheet.number(row, 10, f.kpiShare(), styles.decimal);
        sheet.number(row, 11, f.reportingShare(), styles.decimal);
        sheet.number(row, 12, f.anchoredShare(), styles.decimal);
    }

    /** Values of the chart per theme (null: all) and year. */
    @FunctionalInterface
    interface ChartValues {
        Optional<BigDecimal> of(String theme, int year);
    }
}
