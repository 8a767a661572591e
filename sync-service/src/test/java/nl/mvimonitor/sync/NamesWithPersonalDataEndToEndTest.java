package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * The demo organisation through the real application, after teams put personal data where no cell check looks: a BSN
 * grouped with spaces in a file name, an e-mail address as a unit folder, a phone number in a tab name, an IBAN in a
 * file name and in a remark, and a file name with a line break that tries to forge a log line. None of those values
 * may reach the overview, the board workbook, the store or the log; clean names stay as they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NamesWithPersonalDataEndToEndTest {

    private static final String FILE_NEUTRAL = "(bestandsnaam bevat mogelijk persoonsgegevens)";
    private static final String FOLDER_NEUTRAL = "(mapnaam bevat mogelijk persoonsgegevens)";
    private static final String TAB_NEUTRAL = "(tabnaam verborgen, privacy)";
    /** Every personal value planted, in the forms a leak would show it. */
    private static final List<String> PERSONAL = List.of("123 456 782", "jansen", "example.nl", "12345678",
            "NL91", "ABNA", "0417 1643", "DE89", "370400440532013000");

    @TempDir
    static Path data;

    private String bsnFileProject;
    private String ibanFileProject;
    private String cleanFileName;
    private SheetTable overview;
    private SheetTable board;

    @BeforeAll
    void runDemoThenPlantNamesAndRun() throws Exception {
        assertThat(run("--demo")).isZero();
        Path inbox = data.resolve("inbox");
        List<Path> zuivering = sheetsIn(inbox.resolve("Zuiveringsbeheer"));
        bsnFileProject = projectOf(zuivering.get(0));
        Files.move(zuivering.get(0), zuivering.get(0).resolveSibling(bsnFileProject + " 123 456 782.xlsx"));
        ibanFileProject = projectOf(zuivering.get(1));
        Files.move(zuivering.get(1), zuivering.get(1).resolveSibling(ibanFileProject + " DE89370400440532013000.xlsx"));
        cleanFileName = projectOf(zuivering.get(2)) + " Renovatie gemaal.xlsx";
        Files.move(zuivering.get(2), zuivering.get(2).resolveSibling(cleanFileName));
        Files.writeString(inbox.resolve("Zuiveringsbeheer/Notitie\n2026-12-04 ERROR forged.xlsx"), "geen werkmap");

        Path moved = sheetsIn(inbox.resolve("Bedrijfsvoering")).get(0);
        Path mailFolder = Files.createDirectories(inbox.resolve("j.jansen@example.nl"));
        Files.move(moved, mailFolder.resolve(moved.getFileName()));

        edit(sheetsIn(inbox.resolve("Watersysteem")).get(0),
                book -> book.setSheetName(book.getSheetIndex("Criteria"), "Criteria bel 06-12345678"));
        edit(sheetsIn(inbox.resolve("Wegen en Vaarwegen")).get(0), book -> remark(book.getSheet("Project"),
                "Betaling graag op NL91 ABNA 0417 1643 00"));

        assertThat(run("--run-once")).isZero();
        overview = SheetTable.read(data.resolve("out/MVI-overzicht.xlsx"));
        board = SheetTable.read(data.resolve("out/MVI-bestuursrapportage.xlsx"));
    }

    @Test
    @Order(1)
    void noPersonalValueIsInAnyCellOfEitherWorkbook() {
        for (String value : PERSONAL) {
            assertThat(overview.containsText(value)).as(value).isFalse();
            assertThat(board.containsText(value)).as(value).isFalse();
            assertThat(overview.sheetNames()).noneMatch(name -> name.contains(value));
            assertThat(board.sheetNames()).noneMatch(name -> name.contains(value));
        }
    }

    @Test
    @Order(2)
    void namesWithPersonalDataAreShownInTheirNeutralFormWithAFinding() {
        List<Map<String, String>> files = overview.records("Bronbestanden", "Bestand");
        assertThat(files).extracting(f -> f.get("Bestand"), f -> f.get("Pad")).contains(
                tuple(bsnFileProject + " " + FILE_NEUTRAL, bsnFileProject + " " + FILE_NEUTRAL),
                tuple(ibanFileProject + " " + FILE_NEUTRAL, ibanFileProject + " " + FILE_NEUTRAL),
                tuple(cleanFileName, "Zuiveringsbeheer/" + cleanFileName));
        // the unit the sheet names wins over its folder, as before; the folder is named only in the finding

        List<Map<String, String>> findings = overview.records("Validatie", "ProjectID");
        assertThat(findings).filteredOn(f -> f.get("Regel").equals("PRIVACY_NAAM"))
                .extracting(f -> f.get("Tabblad")).containsExactlyInAnyOrder("", "", "", TAB_NEUTRAL);
        assertThat(findings).filteredOn(f -> f.get("Regel").equals("PRIVACY_IBAN"))
                .extracting(f -> f.get("Tabblad"), f -> f.get("Ernst")).containsExactly(tuple("Project", "FOUT"));
        assertThat(findings).filteredOn(f -> f.get("Regel").equals("PRIVACY_NAAM"))
                .allSatisfy(f -> assertThat(f.get("Melding")).contains("zonder persoonsgegevens"))
                .anySatisfy(f -> assertThat(f.get("Melding")).contains(FOLDER_NEUTRAL + "/P-"));
    }

    @Test
    @Order(3)
    void cleanNamesAreLeftAsTheyAre() {
        List<Map<String, String>> files = overview.records("Bronbestanden", "Bestand");
        assertThat(files).extracting(f -> f.get("Bestand")).contains("Planning oud.xlsx", cleanFileName,
                "Notitie\n2026-12-04 ERROR forged.xlsx");
        assertThat(overview.records("Projecten", "ProjectID")).extracting(p -> p.get("Organisatieonderdeel"))
                .contains("Zuiveringsbeheer", "Watersysteem", "Bedrijfsvoering", "Wegen en Vaarwegen");
        assertThat(overview.records("Validatie", "ProjectID")).filteredOn(f -> f.get("Regel").equals("PRIVACY_NAAM"))
                .hasSize(4);
    }

    @Test
    @Order(4)
    void theStoreHoldsNoPersonalValueInAnyTextColumn() throws SQLException {
        List<String> stored = texts("SELECT path, COALESCE(unit, '') FROM source_file",
                "SELECT COALESCE(project_id, ''), COALESCE(unit, '') FROM submission",
                "SELECT COALESCE(sheet, ''), message FROM finding",
                "SELECT payload FROM submission_rows",
                "SELECT COALESCE(message, '') FROM sync_run");
        for (String value : PERSONAL) {
            assertThat(stored).as(value).noneMatch(text -> text.contains(value));
        }
        assertThat(texts("SELECT path FROM source_file")).filteredOn(path -> path.startsWith("sha256:")).hasSize(3);
        assertThat(texts("SELECT unit FROM source_file")).contains(FOLDER_NEUTRAL, "Zuiveringsbeheer");
    }

    @Test
    @Order(5)
    void theLogHoldsNoPersonalValueAndNoForgedLine() throws IOException {
        List<String> lines = Files.readAllLines(data.resolve("mvi.log"), StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        for (String value : PERSONAL) {
            assertThat(lines).as(value).noneMatch(line -> line.contains(value));
        }
        assertThat(lines).noneMatch(line -> line.startsWith("2026-12-04 ERROR forged"));
    }

    @Test
    @Order(6)
    void theNextRunKnowsEveryFileByItsKeyAndReadsNothing() throws Exception {
        assertThat(run("--run-once")).isZero();

        assertThat(texts("SELECT CAST(files_read AS VARCHAR(11)) || '/' || CAST(files_deleted AS VARCHAR(11))"
                + " FROM sync_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")).containsExactly("0/0");
    }

    private static List<Path> sheetsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("P-\\d{4}-\\d{3}\\.xlsx")).sorted().toList();
        }
    }

    private static String projectOf(Path sheet) {
        return sheet.getFileName().toString().replace(".xlsx", "");
    }

    private interface BookEdit {
        void apply(XSSFWorkbook book);
    }

    private static void edit(Path sheet, BookEdit edit) throws IOException {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(sheet)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            edit.apply(book);
            try (OutputStream out = Files.newOutputStream(sheet)) {
                book.write(out);
            }
        }
    }

    /** Types {@code text} into the Opmerkingen field of the Project tab (label in one column, value in the next). */
    private static void remark(XSSFSheet project, String text) {
        for (Row row : project) {
            for (var cell : row) {
                if ("Opmerkingen".equals(cell.toString().trim())) {
                    var value = row.getCell(cell.getColumnIndex() + 1);
                    (value == null ? row.createCell(cell.getColumnIndex() + 1) : value).setCellValue(text);
                    return;
                }
            }
        }
        throw new AssertionError("no Opmerkingen field");
    }

    private List<String> texts(String... queries) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/mvi"), "sa", "");
                Statement statement = connection.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rs = statement.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            texts.add(rs.getString(i));
                        }
                    }
                }
            }
        }
        return texts;
    }

    private int run(String command) throws IOException {
        Path logConfig = data.resolve("logback-capture.xml");
        Files.writeString(logConfig, """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%d{yyyy-MM-dd HH:mm:ss} %%-5level %%msg%%n</pattern></encoder>
                  </appender>
                  <logger name="nl.mvimonitor" level="DEBUG"/>
                  <root level="WARN"><appender-ref ref="FILE"/></root>
                </configuration>
                """.formatted(data.resolve("mvi.log")));
        return MviMonitorApplication.runCommand(command,
                "--logging.config=" + logConfig,
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi"));
    }
}
