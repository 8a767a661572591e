package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.schema.TemplateSchema;

class ConsolidatedWorkbookWriterTest {

    private static final TemplateSchema SCHEMA = SchemaLoader.current();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    /** The sample workbook, written once: most tests only read it. */
    private static byte[] sample;
    private final DataFormatter formatter = new DataFormatter();

    @BeforeAll
    static void writeSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsolidatedWorkbookWriter(SCHEMA, CLOCK).write(SampleMonitor.data(), out);
        sample = out.toByteArray();
    }

    @Test
    void writesTheTabsInTheOrderTheMviTeamReadsThem() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Projecten", "Doelen", "Criteria", "Borging", "Realisatie", "SROI",
                    "Validatie", "Bronbestanden", "Dekking", "Lijsten");
        }
    }

    @Test
    void listsOneRowPerSubmissionWithStatusAndKeyFields() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet projects = workbook.getSheet("Projecten");
            // order of the port: unit, then ProjectID (the quarantined file has none), then path
            assertThat(text(projects, "A1")).isEqualTo("ProjectID");
            assertThat(text(projects, "F1")).isEqualTo("Contractwaarde (EUR excl. btw)");
            assertThat(text(projects, "A2")).isEmpty();
            assertThat(text(projects, "H2")).isEqualTo("QUARANTAINE");
            assertThat(text(projects, "A5")).isEqualTo("P-2025-001");
            assertThat(text(projects, "C5")).isEqualTo("Zuiveringsbeheer");
            assertThat(text(projects, "D5")).isEqualTo("UITVOEREN");
            assertThat(cell(projects, "F5").getNumericCellValue()).isEqualTo(1_000_000d);
            assertThat(cell(projects, "F5").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(cell(projects, "G5").getNumericCellValue()).isEqualTo(2d);
            assertThat(text(projects, "H5")).isEqualTo("OK");
            assertThat(text(projects, "H3")).isEqualTo("FOUT");
            assertThat(cell(projects, "H3").getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(cell(projects, "H5").getCellStyle().getFillForegroundColor());
            assertThat(text(projects, "L5")).isEqualTo("P-2025-001.xlsx");
            assertThat(text(projects, "M5")).isEqualTo("01-10-2025 10:00"); // 08:00 UTC is 10:00 in Amsterdam
        }
    }

    @Test
    void keepsFormulaLikeTextAsQuotedStringCells() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Cell name = cell(workbook.getSheet("Projecten"), "B5");
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(SampleMonitor.FORMULA_NAME);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();

            Sheet clauses = workbook.getSheet("Borging");
            Cell version = clauses.getRow(4).getCell(column("Borging", "en15804_versie"));
            assertThat(version.getStringCellValue()).isEqualTo("+A1");
            assertThat(version.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(workbook.getSheet("Projecten"), "L5").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void unitesCriteriaWithProjectUnitSchemaLabelsAndSourceRow() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet criteria = workbook.getSheet("Criteria");
            assertThat(text(criteria, "A1")).isEqualTo("ProjectID");
            assertThat(text(criteria, "B1")).isEqualTo("Organisatieonderdeel");
            assertThat(text(criteria, "C1")).isEqualTo("Criterium-ID");
            Row first = criteria.getRow(1);
            assertThat(formatter.formatCellValue(first.getCell(0))).isEqualTo("P-2025-001");
            assertThat(formatter.formatCellValue(first.getCell(column("Criteria", "thema"))))
                    .isEqualTo("KLI - Klimaat (mitigatie)");
            assertThat(formatter.formatCellValue(first.getCell(column("Criteria", "ambitieniveau"))))
                    .isEqualTo("3 - Ambitieus");
            assertThat(formatter.formatCellValue(first.getCell(column("Criteria", "instrument"))))
                    .isEqualTo("gunningscriterium");
            assertThat(first.getCell(column("Criteria", "weging_pct")).getNumericCellValue()).isEqualTo(20d);
            int sourceRow = SCHEMA.requireTab("Criteria").columns().size() + 3;
            assertThat(text(criteria, CellReference.convertNumToColString(sourceRow) + "1")).isEqualTo("Bronrij");
            assertThat(first.getCell(sourceRow).getNumericCellValue()).isEqualTo(3d);
            assertThat(criteria.getLastRowNum()).isEqualTo(3); // header + C1, C2 of 001 + C1 of 002
            assertThat(formatter.formatCellValue(criteria.getRow(3).getCell(0))).isEqualTo("P-2025-002");
        }
    }

    @Test
    void showsPlacementCountsOneToFourAsLessThanFive() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet sroi = workbook.getSheet("SROI");
            int placements = column("SROI", "aantal_plaatsingen");
            assertThat(sroi.getRow(1).getCell(placements).getStringCellValue()).isEqualTo("<5"); // 3
            assertThat(sroi.getRow(2).getCell(placements).getNumericCellValue()).isEqualTo(5d);
            assertThat(sroi.getRow(3).getCell(placements).getNumericCellValue()).isEqualTo(0d);
        }
    }

    @Test
    void writesOneValidatieRowPerFindingWithOnlyTheFindingsOwnParts() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet findings = workbook.getSheet("Validatie");
            assertThat(rowTexts(findings.getRow(0))).containsExactly(
                    "ProjectID", "Bronbestand", "Tabblad", "Cel", "Regel", "Ernst", "Melding");
            assertThat(findings.getLastRowNum()).isEqualTo(3);
            assertThat(rowTexts(findings.getRow(1))).containsExactly(
                    "", "kapot.xlsx", "", "", "BESTAND_BESCHADIGD", "FOUT", "Het bestand is beschadigd of onleesbaar.");
            assertThat(rowTexts(findings.getRow(2))).containsExactly("P-2024-003", "P-2024-003.xlsx", "Realisatie",
                    "J4", "PRIVACY_BSN", "FOUT", SampleMonitor.BSN_MESSAGE);
            assertThat(rowTexts(findings.getRow(3))).contains("Criteria", "E2", "KOLOM_VERPLAATST", "WAARSCHUWING");
            assertThat(allTexts(workbook)).noneMatch(t -> t.contains(SampleMonitor.BSN_LIKE));
        }
    }

    @Test
    void countsExpectedReceivedAndValidPerUnitAndYear() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet coverage = workbook.getSheet("Dekking");
            // Watersysteem 2024: 003 expected and received, but FOUT -> 1, 1, 0, 100%
            assertThat(rowTexts(coverage.getRow(1))).containsExactly("Watersysteem", "2024", "1", "1", "0", "100.0%", "0", "0");
            // Watersysteem 2025: 004 and 005 expected, 004 received and OK; kapot.xlsx is not in the register
            assertThat(rowTexts(coverage.getRow(2))).containsExactly("Watersysteem", "2025", "2", "1", "1", "50.0%", "1", "0");
            // Zuiveringsbeheer 2025: 001 (OK) and 002 (WAARSCHUWING) both valid
            assertThat(rowTexts(coverage.getRow(3))).containsExactly("Zuiveringsbeheer", "2025", "2", "2", "2", "100.0%", "0", "0");
            // total: 5 expected, 4 received (4/5 = 80%), 3 valid, 1 outside the register
            assertThat(rowTexts(coverage.getRow(4))).containsExactly("Totaal", "", "5", "4", "3", "80.0%", "1", "0");
        }
    }

    @Test
    void saysSoWhenNoRegisterIsConfiguredAndCountsReceivedOnly() throws IOException {
        InMemorySubmissionQueries data = new InMemorySubmissionQueries();
        InMemorySubmissionQueries sample = SampleMonitor.data();
        sample.currentSubmissions().forEach(data::add);
        try (XSSFWorkbook workbook = write(data)) {
            Sheet coverage = workbook.getSheet("Dekking");
            // Watersysteem, received in 2025: 003 (FOUT), 004 (OK), kapot.xlsx (quarantined) -> 3 received, 1 valid
            assertThat(rowTexts(coverage.getRow(1))).containsExactly("Watersysteem", "2025", "", "3", "1", "", "", "0");
            assertThat(rowTexts(coverage.getRow(3))).containsExactly("Totaal", "", "", "5", "3", "", "", "0");
            assertThat(text(coverage, "A6")).isEqualTo(CoverageTab.NO_REGISTER_NOTE);
        }
    }

    @Test
    void marksQuarantinedSourceFilesAsNotAccepted() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            Sheet files = workbook.getSheet("Bronbestanden");
            assertThat(rowTexts(files.getRow(1))).startsWith(
                    "kapot.xlsx", "Watersysteem/kapot.xlsx", "Watersysteem", "f5a1b2c3", "10", "nee", "QUARANTAINE");
            assertThat(text(files, "F5")).isEqualTo("ja");
        }
    }

    @Test
    void listsCodeListsAndRuleCodesWithTheirMeaning() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            List<List<String>> rows = new ArrayList<>();
            workbook.getSheet("Lijsten").forEach(row -> rows.add(rowTexts(row)));
            assertThat(rows).contains(List.of("Keuzelijst", "Thema", "KLI", "Klimaat (mitigatie)"));
            assertThat(rows).contains(List.of("Regel", "Regelcodes", "PRIVACY_BSN",
                    "Een cel lijkt een burgerservicenummer (BSN) te bevatten.", "FOUT"));
            assertThat(rows).anyMatch(r -> r.get(2).equals("WEGING_TOTAAL") && r.get(3).contains("Weging %"));
        }
    }

    @Test
    void freezesAndFiltersTheHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = sample()) {
            XSSFSheet realisatie = workbook.getSheet("Realisatie");
            assertThat(realisatie.getPaneInformation().isFreezePane()).isTrue();
            assertThat(realisatie.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(realisatie.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(workbook.getSheet("Projecten").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void continuesOnANewTabWhenATabIsFull() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsolidatedWorkbookWriter(SCHEMA, CLOCK, 2).write(SampleMonitor.data(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // 5 Realisatie rows at 2 per tab: 2 + 2 + 1, each tab with its own header
            assertThat(workbook.getSheet("Realisatie").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Realisatie (2)").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Realisatie (3)").getLastRowNum()).isEqualTo(1);
            assertThat(text(workbook.getSheet("Realisatie (3)"), "C1")).isEqualTo("Periode");
        }
    }

    @Test
    void givesTheSameCellValuesWhenRunTwiceOnTheSameData() throws IOException {
        Clock later = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
        try (XSSFWorkbook first = sample();
             XSSFWorkbook second = read(SampleMonitor.data(), new ConsolidatedWorkbookWriter(SCHEMA, later))) {
            assertThat(allTexts(second)).containsExactlyElementsOf(allTexts(first));
        }
    }

    private static XSSFWorkbook sample() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(sample));
    }

    private XSSFWorkbook write(InMemorySubmissionQueries data) throws IOException {
        return read(data, new ConsolidatedWorkbookWriter(SCHEMA, CLOCK));
    }

    private static XSSFWorkbook read(InMemorySubmissionQueries data, ConsolidatedWorkbookWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int column(String tab, String key) {
        return 2 + SCHEMA.requireTab(tab).indexOf(key);
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference reference = new CellReference(ref);
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    private String text(Sheet sheet, String ref) {
        return formatter.formatCellValue(cell(sheet, ref));
    }

    private List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private List<String> allTexts(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> texts.add(
                sheet.getSheetName() + "!" + c.getAddress() + "=" + formatter.formatCellValue(c)))));
        return texts;
    }
}
