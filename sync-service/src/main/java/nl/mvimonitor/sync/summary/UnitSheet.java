package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;

/** The PerOnderdeel tab: every KPI (all themes) per organisational unit and year. */
final class UnitSheet {

    static final String NAME = "PerOnderdeel";

    private final KpiCalculator calculator;

    UnitSheet(KpiCalculator calculator) {
        this.calculator = calculator;
    }

    void write(BoardSheet sheet) {
        List<String> labels = new ArrayList<>(List.of("Organisatieonderdeel", "Jaar"));
        List<Integer> widths = new ArrayList<>(List.of(26, 8));
        for (Kpi kpi : Kpi.values()) {
            labels.add(kpi.nameNl() + " (" + kpi.unit() + ")");
            widths.add(14);
        }
        sheet.header(0, labels, widths);
        int rowIndex = 1;
        for (String unit : calculator.facts().units()) {
            for (int year : calculator.facts().years()) {
                Map<Kpi, KpiValue> values = values(new Scope(null, unit, year));
                if (!values.isEmpty()) {
                    writeRow(sheet, sheet.row(rowIndex++), unit, year, values);
                }
            }
        }
        sheet.filter(0, rowIndex - 1, labels.size());
    }

    private Map<Kpi, KpiValue> values(Scope scope) {
        Map<Kpi, KpiValue> values = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            Optional<KpiValue> value = calculator.value(kpi, scope);
            value.ifPresent(v -> values.put(kpi, v));
        }
        return values;
    }

    private static void writeRow(BoardSheet sheet, Row row, String unit, int year, Map<Kpi, KpiValue> values) {
        sheet.text(row, 0, unit);
        sheet.year(row, 1, year);
        int column = 2;
        for (Kpi kpi : Kpi.values()) {
            KpiValue value = values.get(kpi);
            sheet.kpi(row, column++, kpi, value == null ? null : value.value());
        }
    }
}
