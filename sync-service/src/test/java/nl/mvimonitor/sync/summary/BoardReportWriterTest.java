package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.consolidation.SampleMonitor;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.validate.SubmissionStatus;

/** The board workbook from {@link SampleMonitor}'s projects; the reporting year is 2025 (clock in January 2026). */
class BoardReportWriterTest {

    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    /** The sample report, written once: most tests only read it. */
    private static byte[] sampleReport;
    private final DataFormatter formatter = new DataFormatter();

    @BeforeAll
    static void writeSampleReport() throws IOException {
        sampleReport = write(SampleMonitor.data(), goals(), JANUARY_2026);
    }

    private static List<BoardGoal> goals() {
        return List.of(
                BoardGoal.of("BD-01", null, "MVI_AANDEEL", "Alle aanbestedingen met MVI", n("50"), 2023, n("100"), 2030,
                        "Directie").with(BoardCell.text("Toelichting bestuur", "vastgesteld door het AB"))
                        // the board used one header for two columns, and typed a second KPI column
                        .with(BoardCell.text("Toelichting bestuur", "tweede notitie"))
                        .with(new BoardCell("Vastgesteld op", LocalDateTime.of(2024, 3, 12, 0, 0), "dd-mm-yyyy"))
                        .with(BoardCell.text("KPI", "oude code")),
                BoardGoal.of("BD-02", "KLI", "CO2_GEREALISEERD", "Vermeden CO2", n("0"), 2023, n("540"), 2029, "Klimaat"),
                BoardGoal.of("BD-03", null, "BEWIJS_AANDEEL", "Bewijs bij elke rij", n("50"), 2023, n("100"), 2025, null),
                BoardGoal.of("BD-04", null, "SCHATTING_AANDEEL", "Minder schattingen", n("60"), 2024, n("20"), 2028, null),
                BoardGoal.of("BD-05", null, "WATERVERBRUIK", "=Minder drinkwater", n("100"), 2023, n("80"), 2030,
                        "Bedrijfsvoering").with(BoardCell.text("Toelichting bestuur", "nieuwe KPI gevraagd")),
                new BoardGoal(List.of(BoardCell.text("Doel-ID", "BD-06"), BoardCell.text("KPI", "AMBITIEUS_AANDEEL"),
                        new BoardCell("Streefwaarde", n("0.9"), "0%"), BoardCell.number("Streefjaar", n("2030")))));
    }

    @Test
    void writesTheTabsTheBoardReads() throws IOException {
        try (XSSFWorkbook workbook = open(sampleReport)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Samenvatting", "Inzet", "Effect", "PerOnderdeel", "Doelen",
                    "Datakwaliteit", "Toelichting");
            assertThat(text(workbook.getSheet("Samenvatting").getRow(1), 0)).startsWith("Stand per 02-12-2025");
        }
    }

    @Test
    void comparesHeadlineKpisWithTheBoardsGoals() throws IOException {
        try (XSSFWorkbook workbook = open(sampleReport)) {
            Sheet summary = workbook.getSheet("Samenvatting");
            // 12 KPIs, each once: BD-01..04 and BD-06 on their KPI, the others without goal; BD-05's KPI is unknown
            assertThat(summary.getLastRowNum()).isEqualTo(SummarySheet.HEADER_ROW + Kpi.values().length);
            // MVI_AANDEEL: 2 of 3 = 66.7; path 50 (2023) -> 100 (2030): 50 + 50 * 2/7 = 64.3 expected -> GROEN;
            // 2024 had 0 of 1 -> trend up from 0
            assertThat(line(summary, "MVI_AANDEEL")).startsWith("Aanbestedingen met MVI", "MVI_AANDEEL",
                    "Alle thema's", "%", "2025", "100.0", "2030", "64.3", "66.7", "GROEN", "↑", "0.0");
            // CO2 (KLI): 130 t; path 0 (2023) -> 540 (2029): 540 * 2/6 = 180 expected; 50 short <= 54 (10% of 540)
            assertThat(line(summary, "CO2_GEREALISEERD")).startsWith("Vermeden CO2-uitstoot, gerealiseerd",
                    "CO2_GEREALISEERD", "KLI - Klimaat (mitigatie)", "t CO2-eq", "2025", "540.0", "2029", "180.0",
                    "130.0", "ORANJE", "↑", "50.0");
            // evidence: 3 of 4 = 75; target 100 due in 2025; 25 short > 5 (10% of 50) -> ROOD
            assertThat(line(summary, "BEWIJS_AANDEEL").subList(7, 10)).containsExactly("100.0", "75.0", "ROOD");
            // estimates, lower is better: 1 of 4 = 25; path 60 (2024) -> 20 (2028): 50 expected; 25 is below -> GROEN;
            // 2024 was 100 -> trend down
            assertThat(line(summary, "SCHATTING_AANDEEL").subList(7, 12))
                    .containsExactly("50.0", "25.0", "GROEN", "↓", "100.0");
            // AMBITIEUS_AANDEEL: target typed as 0.9 in a 0% cell means 90; 1 of 2 = 50 realised; no baseline,
            // so the target itself is expected: 40 short > 9 (10% of 90) -> ROOD
            assertThat(line(summary, "AMBITIEUS_AANDEEL").subList(5, 10))
                    .containsExactly("90.0", "2030", "90.0", "50.0", "ROOD");
            // no goal: grey, but the figure is shown: award weight (20 + 10 + 0) / 3 = 10
            assertThat(line(summary, "MVI_WEGING").subList(5, 10)).containsExactly("", "", "", "10.0", "GRIJS");
            assertThat(line(summary, "MVI_WEGING").get(12)).contains("Geen bestuursdoel vastgesteld");
            assertThat(line(summary, "MVI_AANDEEL").get(12)).contains("2 van 3 aanbestedingen (2025)", "op of voor het pad");
        }
    }

    @Test
    void keepsWhatTheBoardTypedThroughAReadAndWriteRoundTrip() throws IOException {
        byte[] first = sampleReport;
        List<BoardGoal> readBack = BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(first));
        assertThat(readBack).isEqualTo(goals());
        byte[] second = write(SampleMonitor.data(), readBack, JANUARY_2026);
        assertThat(BoardGoals.readFromBoardWorkbook(new ByteArrayInputStream(second))).isEqualTo(goals());
        try (XSSFWorkbook one = open(first); XSSFWorkbook two = open(second)) {
            assertThat(texts(two.getSheet("Doelen"))).isEqualTo(texts(one.getSheet("Doelen")));
            Sheet goals = two.getSheet("Doelen");
            assertThat(texts(goals).get(0)).startsWith("Doel-ID", "Thema", "KPI", "Omschrijving", "Basiswaarde",
                    "Basisjaar", "Streefwaarde", "Streefjaar", "Eigenaar", "Toelichting bestuur", "Toelichting bestuur",
                    "Vastgesteld op", "KPI", "Gerealiseerd", "Peiljaar", "Verwacht volgens pad", "% van het pad",
                    "Status", "Opmerking");
            assertThat(texts(goals).get(1).subList(9, 13))
                    .containsExactly("vastgesteld door het AB", "tweede notitie", "12-03-2024", "oude code");
            // the unknown KPI keeps every typed cell, gets no figures, a grey status and a Dutch remark
            List<String> unknown = texts(goals).get(5);
            assertThat(unknown.subList(0, 4)).containsExactly("BD-05", "", "WATERVERBRUIK", "=Minder drinkwater");
            assertThat(unknown.get(9)).isEqualTo("nieuwe KPI gevraagd");
            assertThat(unknown.subList(13, 17)).containsOnly("");
            assertThat(unknown.get(17)).isEqualTo("GRIJS");
            assertThat(unknown.get(18)).startsWith("Onbekende KPI-code");
            assertThat(goals.getRow(5).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            // BD-01: realised 66.7, expected 64.3, path (66.7 - 50) / 50 = 33.3%
            assertThat(texts(goals).get(1).subList(13, 18)).containsExactly("66.7", "2025", "64.3", "33.3", "GROEN");
            assertThat(goals.getRow(6).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
        }
    }

    @Test
    void drawsTheInzetChartAndShowsTheFiguresBesideIt() throws IOException {
        try (XSSFWorkbook workbook = open(sampleReport)) {
            XSSFSheet inzet = workbook.getSheet("Inzet");
            List<XSSFChart> charts = inzet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo(InzetChart.TITLE);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(4); // all, KLI, CIR, SRO
            assertThat(workbook.getPackage().getPartsByName(java.util.regex.Pattern.compile("/xl/charts/chart\\d+\\.xml")))
                    .hasSize(1);
            // all themes, 2025: 3 tenders, 2 with MVI (66.7%), 1 of 2 ambitious (50%), 1,200,000 of 1,500,000 (80%),
            // award weight 10%, 1 contract with MVI having KPI and reporting duty (100%)
            assertThat(texts(inzet).get(2).subList(0, 13)).containsExactly("Alle thema's", "2025", "3", "2", "66.7",
                    "50.0", "1,200,000", "80.0", "10.0", "1", "100.0", "100.0", "100.0");
        }
    }

    @Test
    void showsContractedAndRealisedEffectsSideBySide() throws IOException {
        try (XSSFWorkbook workbook = open(sampleReport)) {
            List<List<String>> effect = texts(workbook.getSheet("Effect"));
            // all themes 2024: 003's 50 t realised, no planned value stated -> planned left empty, not 0
            assertThat(effect.get(1).subList(0, 4)).containsExactly("Alle thema's", "2024", "", "50.0");
            // 2025: CO2 planned 100 + 5 + 40 = 145, realised 80 + 20 + 30 = 130; material 10 / 12 t;
            // MKI 100,000 - 80,000 = 20,000; SROI 50,000 obliged, 42,000 realised; placements 3 + 5 + 0 = 8
            assertThat(effect.get(2)).containsExactly("Alle thema's", "2025", "145.0", "130.0", "10.0", "12.0", "",
                    "", "20,000", "50,000", "42,000", "8");
        }
    }

    @Test
    void showsDataQualityPerYearAndFindingsPerUnit() throws IOException {
        try (XSSFWorkbook workbook = open(sampleReport)) {
            List<List<String>> quality = texts(workbook.getSheet("Datakwaliteit"));
            // 2025: 4 expected, 3 received (75%); 4 Realisatie rows: 3 with evidence, 1 estimated, 3 measured
            assertThat(quality.get(2)).containsExactly("2025", "4", "3", "75.0", "4", "75.0", "25.0", "75.0");
            // Watersysteem: 003 (FOUT, 1 error), 004 (OK), kapot.xlsx (QUARANTAINE, 1 error)
            assertThat(quality.get(5)).containsExactly("Watersysteem", "3", "1", "0", "1", "1", "2", "0");
            assertThat(quality.get(7)).containsExactly("Totaal", "5", "2", "1", "1", "1", "2", "1");
        }
    }

    @Test
    void showsPlacementCountsBelowFiveAsLessThanFive() throws IOException {
        InMemorySubmissionQueries data = new InMemorySubmissionQueries();
        SubmissionSummary p = data.add(new SubmissionSummary(1, "P-1", "Zuivering", "P-1.xlsx", "P-1.xlsx", "f",
                1, Phase.UITVOEREN, SubmissionStatus.OK, Instant.parse("2025-06-01T10:00:00Z"), null, 3, 0, 0));
        data.row(p, "SROI", 3, "periode", "2025", "bouwblok", "arbeidsplaats", "aantal_plaatsingen", n("3"),
                "inspanningswaarde", n("1000"));
        try (XSSFWorkbook workbook = open(write(data, List.of(), JANUARY_2026))) {
            assertThat(line(workbook.getSheet("Samenvatting"), "SROI_PLAATSINGEN").get(8)).isEqualTo("<5");
            assertThat(texts(workbook.getSheet("Effect")).get(1).get(11)).isEqualTo("<5");
        }
    }

    @Test
    void givesTheSameCellValuesWhenRunAgainLaterInTheYear() throws IOException {
        Clock june = Clock.fixed(Instant.parse("2026-06-30T20:00:00Z"), ZoneOffset.UTC);
        try (XSSFWorkbook first = open(sampleReport);
             XSSFWorkbook second = open(write(SampleMonitor.data(), goals(), june))) {
            for (Sheet sheet : first) {
                assertThat(texts(second.getSheet(sheet.getSheetName()))).as(sheet.getSheetName()).isEqualTo(texts(sheet));
            }
            List<String> all = new ArrayList<>();
            first.forEach(sheet -> texts(sheet).forEach(all::addAll));
            assertThat(all).noneMatch(t -> t.contains(SampleMonitor.BSN_LIKE));
        }
    }

    @Test
    void writesAReportFromTheShippedSeedWithoutUnknownKpis() throws IOException {
        try (XSSFWorkbook workbook = open(write(SampleMonitor.data(), BoardGoals.readDefaultSeed(), JANUARY_2026))) {
            List<List<String>> goals = texts(workbook.getSheet("Doelen"));
            assertThat(goals).hasSizeGreaterThan(6);
            assertThat(goals).noneMatch(row -> String.join(" ", row).contains("Onbekend"));
        }
    }

    private static byte[] write(InMemorySubmissionQueries data, List<BoardGoal> goals, Clock clock) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportWriter(SchemaLoader.current(), clock).write(data, goals, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The Samenvatting line of a KPI code (the first, if several goals use it). */
    private List<String> line(Sheet summary, String code) {
        for (Row row : summary) {
            if (row.getRowNum() > SummarySheet.HEADER_ROW && code.equals(text(row, 1))) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < SummarySheet.LABELS.size(); i++) {
                    cells.add(text(row, i));
                }
                return cells;
            }
        }
        throw new AssertionError("no line for " + code);
    }

    private List<List<String>> texts(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(text(row, c));
            }
            rows.add(cells);
        }
        return rows;
    }

    private String text(Row row, int column) {
        return formatter.formatCellValue(row.getCell(column));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
