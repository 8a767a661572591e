package nl.mvimonitor.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project sheet of the demo copied next to itself and into another unit folder, through the real application with
 * its cache folders: each run after the first finds the outputs kept, and the project must still count once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuplicateSheetEndToEndTest {

    private static final String PROJECT = "P-2024-008";

    @TempDir
    static Path data;

    private Path original;
    private Map<String, String> boardBefore;
    private List<Map<String, String>> projectsBefore;

    @BeforeAll
    void runDemo() throws IOException {
        assertThat(run("--demo")).isZero();
        try (Stream<Path> files = Files.walk(data.resolve("inbox"))) {
            original = files.filter(f -> f.getFileName().toString().equals(PROJECT + ".xlsx")).findFirst()
                    .orElseThrow();
        }
        boardBefore = board().allCells();
        projectsBefore = overview().records("Projecten", "ProjectID");
    }

    @Test
    @Order(1)
    void aCopyNextToTheOriginalChangesNoBoardFigureAndNoProjectRow() throws IOException {
        // as Explorer copies: the modification time stays the original's, so the original keeps counting
        Path copy = original.resolveSibling(PROJECT + " - kopie.xlsx");
        Files.copy(original, copy, StandardCopyOption.COPY_ATTRIBUTES);

        assertThat(run("--run-once")).isZero();

        SheetTable overview = overview();
        assertThat(board().allCells()).isEqualTo(boardBefore);
        assertThat(overview.records("Projecten", "ProjectID")).isEqualTo(projectsBefore);
        assertThat(overview.records("Bronbestanden", "Bestand")).hasSize(30)
                .filteredOn(f -> f.get("Telt mee").equals("nee, dubbel"))
                .extracting(f -> f.get("Bestand")).containsExactly(PROJECT + " - kopie.xlsx");
        assertThat(duplicateFindings(overview)).containsExactly(PROJECT + " - kopie.xlsx: Het project met deze"
                + " ProjectID is ook aangeleverd in '" + path(original) + "'; alleen dat bestand telt mee."
                + " Verwijder dit bestand of geef het de juiste ProjectID.");
        Map<String, String> total = total(overview);
        assertThat(total.get("Ontvangen")).isEqualTo("28");
        assertThat(total.get("Geldig (OK of WAARSCHUWING)")).isEqualTo("26");
        assertThat(total.get("Dubbele bestanden")).isEqualTo("1");
    }

    @Test
    @Order(2)
    void theSameSheetInAnotherUnitFolderToo() throws IOException {
        Path other = Files.createDirectories(data.resolve("inbox/Bedrijfsvoering kopie")).resolve(PROJECT + ".xlsx");
        Files.copy(original, other, StandardCopyOption.COPY_ATTRIBUTES);

        assertThat(run("--run-once")).isZero();

        SheetTable overview = overview();
        assertThat(board().allCells()).isEqualTo(boardBefore);
        assertThat(overview.records("Projecten", "ProjectID")).isEqualTo(projectsBefore);
        assertThat(duplicateFindings(overview)).hasSize(2);
        assertThat(total(overview).get("Dubbele bestanden")).isEqualTo("2");
        assertThat(total(overview).get("Ontvangen")).isEqualTo("28");
    }

    @Test
    @Order(3)
    void whenTheOriginalIsDeletedACopyCountsAndWhenOneIsLeftNoFindingRemains() throws IOException {
        Files.delete(original);
        assertThat(run("--run-once")).isZero();
        SheetTable overview = overview();
        assertThat(overview.records("Projecten", "ProjectID")).filteredOn(p -> p.get("ProjectID").equals(PROJECT))
                .hasSize(1);
        assertThat(duplicateFindings(overview)).hasSize(1);

        Files.delete(original.resolveSibling(PROJECT + " - kopie.xlsx"));
        assertThat(run("--run-once")).isZero();
        overview = overview();
        assertThat(overview.records("Projecten", "ProjectID")).hasSize(projectsBefore.size())
                .filteredOn(p -> p.get("ProjectID").equals(PROJECT)).extracting(p -> p.get("Bronbestand"))
                .containsExactly(PROJECT + ".xlsx");
        assertThat(duplicateFindings(overview)).isEmpty();
        assertThat(total(overview).get("Dubbele bestanden")).isEqualTo("0");
    }

    private static List<String> duplicateFindings(SheetTable overview) {
        return overview.records("Validatie", "ProjectID").stream().filter(f -> f.get("Regel").equals("DUBBEL_PROJECT"))
                .map(f -> f.get("Bronbestand") + ": " + f.get("Melding")).toList();
    }

    private static Map<String, String> total(SheetTable overview) {
        return overview.records("Dekking", "Organisatieonderdeel").stream()
                .filter(r -> r.get("Organisatieonderdeel").equals("Totaal")).findFirst().orElseThrow();
    }

    private static String path(Path file) {
        return data.resolve("inbox").relativize(file).toString().replace('\\', '/');
    }

    private static SheetTable overview() throws IOException {
        return SheetTable.read(data.resolve("out/MVI-overzicht.xlsx"));
    }

    private static SheetTable board() throws IOException {
        return SheetTable.read(data.resolve("out/MVI-bestuursrapportage.xlsx"));
    }

    private static int run(String command) {
        return MviMonitorApplication.runCommand(command,
                "--mvi.source.local.root=" + data.resolve("inbox"),
                "--mvi.publish.output-dir=" + data.resolve("out"),
                "--mvi.publish.cache-dir=" + data.resolve("cache"),
                "--mvi.intake.register=" + data.resolve("projectregister.csv"),
                "--mvi.summary.goals-seed=" + data.resolve("bestuursdoelen.csv"),
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/mvi"));
    }
}
