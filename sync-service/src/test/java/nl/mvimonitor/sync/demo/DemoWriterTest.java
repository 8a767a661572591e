package nl.mvimonitor.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.SchemaLoader;

class DemoWriterTest {

    @TempDir
    Path data;

    @Test
    void demoOrganisationSpansAllPhasesUnitsAndThemes() {
        List<DemoProject> projects = DemoOrganisation.projects();
        assertThat(projects).hasSizeGreaterThanOrEqualTo(25);
        Set<String> phases = projects.stream()
                .map(p -> p.data().rows("Project").get(0).get("fase").toString()).collect(Collectors.toSet());
        assertThat(phases).containsExactlyInAnyOrder(
                Phase.VOORBEREIDEN.name(), Phase.AANBESTEDEN.name(), Phase.UITVOEREN.name(), Phase.AFGEROND.name());
        assertThat(projects.stream().map(DemoProject::unit).distinct()).hasSize(4);
        Set<Object> themes = projects.stream().flatMap(p -> p.data().rows("Doelen").stream())
                .map(row -> row.get("thema")).collect(Collectors.toSet());
        assertThat(themes).containsExactlyInAnyOrder("KLI", "KLA", "CIR", "MIL", "BIO", "ISV", "SRO", "DI", "INN");
        Set<DemoMistake> mistakes = projects.stream().map(DemoProject::mistake).collect(Collectors.toSet());
        assertThat(mistakes).containsAll(EnumSet.allOf(DemoMistake.class));
    }

    @Test
    void demoIsTheSameEveryTime() {
        assertThat(DemoOrganisation.projects()).isEqualTo(DemoOrganisation.projects());
    }

    @Test
    void writesSheetsPerUnitRegisterSeedAndOneBrokenFile() throws Exception {
        List<Path> sheets = new DemoWriter(SchemaLoader.current(), new OutputPublisher())
                .write(data.resolve("inbox"), data.resolve("projectregister.csv"), data.resolve("bestuursdoelen.csv"));

        assertThat(sheets).hasSize(DemoOrganisation.projects().size());
        assertThat(data.resolve("inbox/Zuiveringsbeheer/P-2024-001.xlsx")).isRegularFile();
        assertThat(Files.readString(data.resolve("inbox").resolve(DemoWriter.NOT_A_WORKBOOK))).startsWith("Project;");
        List<String> register = Files.readAllLines(data.resolve("projectregister.csv"), StandardCharsets.UTF_8);
        assertThat(register.get(0)).isEqualTo("ProjectID;Organisatieonderdeel;Jaar");
        assertThat(register).contains("P-2024-001;Zuiveringsbeheer;2024", "P-2025-901;Watersysteem;2025")
                .hasSize(1 + DemoOrganisation.projects().size() + 2);
        assertThat(Files.readString(data.resolve("bestuursdoelen.csv"))).isNotBlank();
    }

    @Test
    void plantsTheMistakesInTheSheets() throws Exception {
        new DemoWriter(SchemaLoader.current(), new OutputPublisher())
                .write(data.resolve("inbox"), data.resolve("projectregister.csv"), data.resolve("bestuursdoelen.csv"));
        DemoProject renamed = only(DemoMistake.RENAMED_COLUMN);
        try (XSSFWorkbook book = open(renamed)) {
            XSSFSheet criteria = book.getSheet("Criteria");
            Row labels = criteria.getRow(1);
            assertThat(labels.getCell(6).getStringCellValue()).isEqualTo("Gewicht");
            assertThat(criteria.getRow(0).getCell(6).getStringCellValue()).isEqualTo("weging_pct");
            assertThat(criteria.getTables().get(0).getColumns().get(6).getName()).isEqualTo("Gewicht");
        }
        DemoProject text = only(DemoMistake.NUMBER_AS_TEXT);
        assertThat(text.data().rows("Project").get(0).get("geraamde_waarde")).isEqualTo("1.850.000,00");
        DemoProject bsn = only(DemoMistake.BSN_IN_REMARK);
        assertThat(bsn.data().rows("Project").get(0).get("opmerkingen").toString()).contains(DemoSheetData.PLANTED_BSN);
        DemoProject missing = only(DemoMistake.MISSING_REQUIRED);
        assertThat(missing.data().rows("Project").get(0)).doesNotContainKey("cpv_code");
    }

    private DemoProject only(DemoMistake mistake) {
        return DemoOrganisation.projects().stream().filter(p -> p.mistake() == mistake).findFirst().orElseThrow();
    }

    private XSSFWorkbook open(DemoProject project) throws Exception {
        try (InputStream in = Files.newInputStream(data.resolve("inbox").resolve(project.unit()).resolve(project.fileName()))) {
            return new XSSFWorkbook(in);
        }
    }
}
