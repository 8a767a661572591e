package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo organisation through the real application, as a new user runs it: {@code --demo}, then {@code --run-once}
 * twice, with the board editing its goals in between. Checks cells of both workbooks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoEndToEndTest {

    private static final String PLANTED_BSN = "123456782";

    @TempDir
    static Path data;

    private SheetTable overview;
    private SheetTable board;

    @BeforeAll
    void runDemo() throws Exception {
        assertThat(run("--demo")).isZero();
        overview = SheetTable.read(data.resolve("out/MVI-overzicht.xlsx"));
        board = SheetTable.read(data.resolve("out/MVI-bestuursrapportage.xlsx"));
    }

    @Test
    @Order(1)
    void overviewListsEveryProjectWithItsStatus() {
        List<Map<String, String>> projects = overview.records("Projecten", "ProjectID");
        assertThat(projects).hasSize(29);
        assertThat(projects).filteredOn(p -> p.get("Status").equals("OK")).hasSize(24);
        assertThat(projects).extracting(p -> p.get("ProjectID"), p -> p.get("Status")).contains(
                tuple("P-2024-021", "FOUT"),
                tuple("P-2025-004", "FOUT"),
                tuple("P-2025-009", "WAARSCHUWING"),
                tuple("P-2024-013", "WAARSCHUWING"));
        assertThat(projects).filteredOn(p -> p.get("Bronbestand").equals("Planning oud.xlsx"))
                .extracting(p -> p.get("Status")).containsExactly("QUARANTAINE");
        assertThat(projects).filteredOn(p -> p.get("ProjectID").equals("P-2024-008"))
                .extracting(p -> p.get("Projectnaam"), p -> p.get("Organisatieonderdeel"), p -> p.get("Fase"))
                .containsExactly(tuple("Dijkversterking Lekzijde fase 2", "Watersysteem", "UITVOEREN"));
    }

    @Test
    @Order(2)
    void everyPlantedMistakeIsAFindingThatNamesItsCell() {
        List<Map<String, String>> findings = overview.records("Validatie", "ProjectID");
        assertThat(findings).extracting(f -> f.get("Bronbestand"), f -> f.get("Regel"), f -> f.get("Tabblad"),
                f -> f.get("Cel"), f -> f.get("Ernst")).containsExactlyInAnyOrder(
                tuple("P-2024-021.xlsx", "PRIVACY_BSN", "Project", "C22", "FOUT"),
                tuple("P-2025-004.xlsx", "VERPLICHT", "Project", "C7", "FOUT"),
                tuple("P-2025-009.xlsx", "GETAL_ALS_TEKST", "Project", "C9", "WAARSCHUWING"),
                tuple("P-2024-013.xlsx", "KOLOM_HERNOEMD", "Criteria", "G2", "WAARSCHUWING"),
                tuple("Planning oud.xlsx", "BESTAND_GEEN_XLSX", "", "", "FOUT"));
        assertThat(findings).allSatisfy(f -> assertThat(f.get("Melding")).isNotBlank());
        assertThat(findings).filteredOn(f -> f.get("Regel").equals("VERPLICHT"))
                .extracting(f -> f.get("Melding")).first().asString().contains("CPV-code");
    }

    @Test
    @Order(3)
    void personalDataNeverReachesAnOutput() {
        assertThat(overview.containsText(PLANTED_BSN)).isFalse();
        assertThat(board.containsText(PLANTED_BSN)).isFalse();
    }

    @Test
    @Order(4)
    void renamedColumnAndNumberTypedAsTextKeepTheirData() {
        List<Map<String, String>> criteria = overview.records("Criteria", "ProjectID");
        assertThat(criteria).filteredOn(c -> c.get("ProjectID").equals("P-2024-013"))
                .extracting(c -> c.get("Weging %")).anySatisfy(w -> assertThat(w).isNotBlank());
        List<Map<String, String>> projects = overview.records("Projecten", "ProjectID");
        assertThat(projects).filteredOn(p -> p.get("ProjectID").equals("P-2025-009"))
                .extracting(p -> p.get("Aantal criteria")).containsExactly("2");
    }

    @Test
    @Order(5)
    void coverageComparesTheRegisterWithWhatCameIn() {
        List<Map<String, String>> coverage = overview.records("Dekking", "Organisatieonderdeel");
        Map<String, String> total = coverage.stream().filter(r -> r.get("Organisatieonderdeel").equals("Totaal"))
                .findFirst().orElseThrow();
        // 28 demo projects plus 2 registered projects that sent nothing; 26 of the 28 are OK or WAARSCHUWING
        assertThat(total.get("Verwacht")).isEqualTo("30");
        assertThat(total.get("Ontvangen")).isEqualTo("28");
        assertThat(total.get("Geldig (OK of WAARSCHUWING)")).isEqualTo("26");
        // the demo has one file per ProjectID: nothing is a duplicate
        assertThat(total.get("Dubbele bestanden")).isEqualTo("0");
        assertThat(overview.records("Bronbestanden", "Bestand")).hasSize(29)
                .allSatisfy(f -> assertThat(f.get("Telt mee")).isEqualTo("ja"));
    }

    @Test
    @Order(6)
    void boardWorkbookShowsKpisAgainstTheSeededGoals() {
        List<Map<String, String>> kpis = board.records("Samenvatting", "KPI");
        assertThat(kpis).hasSizeBetween(8, 12);
        assertThat(kpis).allSatisfy(k -> assertThat(k.get("Status")).isIn("GROEN", "ORANJE", "ROOD", "GRIJS"));
        assertThat(kpis).extracting(k -> k.get("Code")).contains("MVI_AANDEEL", "CO2_GEREALISEERD", "RESPONS");
        List<Map<String, String>> goals = board.records("Doelen", "Doel-ID");
        assertThat(goals).extracting(g -> g.get("Doel-ID"))
                .containsExactly("BD-01", "BD-02", "BD-03", "BD-04", "BD-05", "BD-06", "BD-07", "BD-08");
        assertThat(goals.get(0).get("Streefwaarde")).isEqualTo("100");
        assertThat(board.sheetNames()).contains("Samenvatting", "Inzet", "Effect", "PerOnderdeel", "Doelen",
                "Datakwaliteit");
    }

    @Test
    @Order(7)
    void secondRunReadsNothingAndGivesTheSameOutputs() throws Exception {
        Map<String, String> overviewBefore = overview.allCells();
        Map<String, String> boardBefore = board.allCells();

        assertThat(run("--run-once")).isZero();

        assertThat(lastRun("files_seen")).isEqualTo(29);
        assertThat(lastRun("files_read")).isZero();
        assertThat(lastRun("files_skipped")).isEqualTo(29);
        assertThat(SheetTable.read(data.resolve("out/MVI-overzicht.xlsx")).allCells()).isEqualTo(overviewBefore);
        assertThat(SheetTable.read(data.resolve("out/MVI-bestuursrapportage.xlsx")).allCells()).isEqualTo(boardBefore);
    }

    @Test
    @Order(8)
    void whatTheBoardTypesInDoelenIsKept() throws Exception {
        Path boardFile = data.resolve("out/MVI-bestuursrapportage.xlsx");
        editGoals(boardFile);

        assertThat(run("--run-once")).isZero();

        List<Map<String, String>> goals = SheetTable.read(boardFile).records("Doelen", "Doel-ID");
        assertThat(goals).extracting(g -> g.get("Doel-ID")).containsExactly(
                "BD-01", "BD-02", "BD-03", "BD-04", "BD-05", "BD-06", "BD-07", "BD-08", "BD-09");
        assertThat(goals.get(0).get("Streefwaarde")).isEqualTo("95");
        assertThat(goals.get(8).get("Omschrijving")).isEqualTo("Nieuw doel van het bestuur");
    }

    @Test
    @Order(9)
    void renamedGoalsTabKeepsTheBoardsGoalsAndItsName() throws Exception {
        Path boardFile = data.resolve("out/MVI-bestuursrapportage.xlsx");
        List<Map<String, String>> before = SheetTable.read(boardFile).records("Doelen", "Doel-ID");
        editBoard(boardFile, book -> book.setSheetName(book.getSheetIndex("Doelen"), "Doelen 2025"));

        assertThat(run("--run-once")).isZero();

        // written again (the tab's name is part of the goals), under the board's name
        assertThat(lastRun("outputs_written")).isEqualTo(2);
        SheetTable after = SheetTable.read(boardFile);
        assertThat(after.sheetNames()).contains("Doelen 2025").doesNotContain("Doelen");
        assertThat(after.records("Doelen 2025", "Doel-ID")).isEqualTo(before);
    }

    @Test
    @Order(10)
    void deletedGoalsTabFailsTheRunInDutchAndKeepsEveryOutput() throws Exception {
        Path boardFile = data.resolve("out/MVI-bestuursrapportage.xlsx");
        Path overviewFile = data.resolve("out/MVI-overzicht.xlsx");
        editBoard(boardFile, book -> book.removeSheetAt(book.getSheetIndex("Doelen 2025")));
        byte[] boardBefore = Files.readAllBytes(boardFile);
        byte[] overviewBefore = Files.readAllBytes(overviewFile);

        assertThat(run("--run-once")).isEqualTo(1);

        assertThat(Files.readAllBytes(boardFile)).isEqualTo(boardBefore);
        assertThat(Files.readAllBytes(overviewFile)).isEqualTo(overviewBefore);
        assertThat(lastRunText("status")).isEqualTo("FAILED");
        assertThat(lastRunText("message")).contains("heeft geen tabblad met de doelen van het bestuur",
                "eerdere versie van het bestand");
    }

    @Test
    @Order(11)
    void unreadableBoardWorkbookFailsTheRunAndKeepsEveryOutput() throws Exception {
        Path boardFile = data.resolve("out/MVI-bestuursrapportage.xlsx");
        Path overviewFile = data.resolve("out/MVI-overzicht.xlsx");
        byte[] overviewBefore = Files.readAllBytes(overviewFile);
        byte[] broken = "geen werkmap meer".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(boardFile, broken);

        assertThat(run("--run-once")).isEqualTo(1);

        assertThat(Files.readAllBytes(boardFile)).isEqualTo(broken);
        assertThat(Files.readAllBytes(overviewFile)).isEqualTo(overviewBefore);
    }

    /** Changes the board workbook as the board would in Excel. */
    private static void editBoard(Path boardFile, java.util.function.Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(boardFile)) {
            book = new XSSFWorkbook(in);
        }
        try (book; OutputStream out = Files.newOutputStream(boardFile)) {
            change.accept(book);
            book.write(out);
        }
    }

    /** The board lowers the target of BD-01 and adds a goal, as a person would in Excel. */
    private static void editGoals(Path boardFile) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(boardFile)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            XSSFSheet goals = book.getSheet("Doelen");
            Row header = null;
            int last = goals.getLastRowNum();
            for (Row row : goals) {
                if (header == null && "Doel-ID".equals(text(row.getCell(0)))) {
                    header = row;
                }
            }
            int target = column(header, "Streefwaarde");
            Row first = goals.getRow(header.getRowNum() + 1);
            first.getCell(target).setCellValue(95);
            Row added = goals.createRow(header.getRowNum() + 9);
            added.createCell(column(header, "Doel-ID")).setCellValue("BD-09");
            added.createCell(column(header, "KPI")).setCellValue("RESPONS");
            added.createCell(column(header, "Omschrijving")).setCellValue("Nieuw doel van het bestuur");
            added.createCell(target).setCellValue(100);
            added.createCell(column(header, "Streefjaar")).setCellValue(2027);
            assertThat(last).isGreaterThanOrEqualTo(header.getRowNum() + 8);
            try (OutputStream out = Files.newOutputStream(boardFile)) {
                book.write(out);
            }
        }
    }

    private static int column(Row header, String label) {
        for (Cell cell : header) {
            if (label.equals(text(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.toString();
    }

    private int lastRun(String column) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database(), "sa", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(
                        "SELECT " + column + " FROM sync_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private String lastRunText(String column) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database(), "sa", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(
                        "SELECT " + column + " FROM sync_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private String database() {
        return "jdbc:h2:file:" + data.resolve("db/mvi");
    }

    private int run(String command) {
        return MviMonitorApplication.runCommand(command,
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--mvi.temp.dir=" + data.resolve("tmp"),
                "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                "--spring.datasource.url=" + database());
    }
}
