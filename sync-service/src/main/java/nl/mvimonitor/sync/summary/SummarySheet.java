package nl.mvimonitor.sync.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/**
 * The Samenvatting tab: every KPI of the catalogue once per board goal that uses it (or once for all themes when
 * no goal does), with target, expected value on the path, realised value, RAG status, trend against the previous
 * year and a short Dutch explanation.
 */
final class SummarySheet {

    static final String NAME = "Samenvatting";
    static final int HEADER_ROW = 3;
    static final List<String> LABELS = List.of("KPI", "Code", "Thema", "Eenheid", "Peiljaar", "Streefwaarde",
            "Streefjaar", "Verwacht volgens pad", "Gerealiseerd", "Status", "Trend", "Vorige waarde", "Toelichting");
    private static final List<Integer> WIDTHS = List.of(34, 24, 26, 10, 9, 12, 10, 12, 12, 10, 7, 10, 80);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final GoalEvaluator evaluator;
    private final ThemeNames themes;
    private final int currentYear;

    SummarySheet(GoalEvaluator evaluator, ThemeNames themes, int currentYear) {
        this.evaluator = evaluator;
        this.themes = themes;
        this.currentYear = currentYear;
    }

    void write(BoardSheet sheet, List<GoalResult> results, LocalDate dataDate) {
        Row title = sheet.row(0);
        sheet.styled(title, 0, "MVI-bestuursrapportage", sheet.styles().title);
        String stand = dataDate == null ? "Nog geen projectbladen ontvangen."
                : "Stand per " + DUTCH_DATE.format(dataDate) + " (laatst ontvangen projectblad). "
                + "Elke KPI toont het laatste jaar met gegevens (Peiljaar).";
        sheet.styled(sheet.row(1), 0, stand, sheet.styles().note);
        sheet.header(HEADER_ROW, LABELS, WIDTHS);
        int rowIndex = HEADER_ROW + 1;
        for (Kpi kpi : Kpi.values()) {
            for (GoalResult result : resultsOf(kpi, results)) {
                writeRow(sheet, sheet.row(rowIndex++), kpi, result);
            }
        }
        sheet.filter(HEADER_ROW, rowIndex - 1, LABELS.size());
    }

    /** The goals on this KPI with a known theme, or one goal-less line for all themes. */
    private List<GoalResult> resultsOf(Kpi kpi, List<GoalResult> results) {
        List<GoalResult> ofKpi = new ArrayList<>();
        for (GoalResult result : results) {
            if (result.standing() != null && result.standing().kpi() == kpi) {
                ofKpi.add(result);
            }
        }
        if (ofKpi.isEmpty()) {
            ofKpi.add(new GoalResult(null, evaluator.standing(kpi, null), null, null, RagStatus.GRIJS, ""));
        }
        return ofKpi;
    }

    private void writeRow(BoardSheet sheet, Row row, Kpi kpi, GoalResult result) {
        KpiStanding standing = result.standing();
        sheet.text(row, 0, kpi.nameNl());
        sheet.text(row, 1, kpi.code());
        sheet.text(row, 2, themes.label(standing.theme()));
        sheet.text(row, 3, kpi.unit());
        if (standing.year() != null) {
            sheet.year(row, 4, standing.year());
        }
        result.path().ifPresent(path -> {
            sheet.number(row, 5, path.targetValue(), sheet.styles().decimal);
            if (path.targetYear() != null) {
                sheet.year(row, 6, path.targetYear());
            }
        });
        sheet.number(row, 7, result.expected(), sheet.styles().kpi(kpi));
        sheet.kpi(row, 8, kpi, standing.hasData() ? standing.current().value() : null);
        sheet.rag(row, 9, result.status());
        sheet.text(row, 10, standing.trend());
        sheet.kpi(row, 11, kpi, standing.previous() == null ? null : standing.previous().value());
        sheet.wrapped(row, 12, explanation(kpi, result), WIDTHS.get(12));
    }

    private String explanation(Kpi kpi, GoalResult result) {
        KpiStanding standing = result.standing();
        if (!standing.hasData()) {
            return "Nog geen gegevens tot en met " + currentYear + ". " + kpi.definitionNl();
        }
        String basis = standing.current().basisNl();
        String figures = (basis.isEmpty() ? "" : basis + " ") + "(" + standing.year() + ").";
        if (result.path().isEmpty()) {
            return figures + " " + (result.goal() == null ? "Geen bestuursdoel vastgesteld." : result.remarkNl());
        }
        return figures + " Verwacht volgens het pad: " + DutchText.withUnit(result.expected(), kpi) + "; "
                + statusText(result.status());
    }

    private static String statusText(RagStatus status) {
        return switch (status) {
            case GROEN -> "op of voor het pad.";
            case ORANJE -> "achter op het pad, binnen 10% van de afstand van basis- tot streefwaarde.";
            case ROOD -> "meer dan 10% van de afstand van basis- tot streefwaarde achter op het pad.";
            case GRIJS -> "geen status.";
        };
    }
}
