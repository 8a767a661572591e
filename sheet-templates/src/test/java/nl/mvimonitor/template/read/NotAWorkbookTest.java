package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** not-a-workbook.xlsx: files with an .xlsx name that are something else. */
class NotAWorkbookTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void quarantinesAFileThatIsNoZip() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj".getBytes(StandardCharsets.US_ASCII);

        Submission submission = reader.read("not-a-workbook.xlsx", pdf);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_GEEN_XLSX.name());
        assertThat(finding.message()).startsWith("Het bestand 'not-a-workbook.xlsx' is geen Excel-werkmap (.xlsx)")
                .contains("MVI-sjabloon");
    }

    @Test
    void quarantinesAnEmptyFile() {
        Submission submission = reader.read("not-a-workbook.xlsx", new byte[0]);

        assertThat(Findings.quarantine(submission).message()).contains("het bestand is leeg");
    }

    @Test
    void advisesSavingAnOldXlsFileAsXlsx() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Project");
            workbook.write(out);
            xls = out.toByteArray();
        }

        Submission submission = reader.read("project.xls", xls);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_GEEN_XLSX.name());
        assertThat(finding.message()).contains("oud Excel-bestand (.xls)").contains("Opslaan als");
    }

    @Test
    void quarantinesAZipWithoutAWorkbook() {
        byte[] zip = RawXlsx.zip(Map.of("readme.txt", "hallo".getBytes(StandardCharsets.UTF_8)));

        Submission submission = reader.read("not-a-workbook.xlsx", zip);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_GEEN_XLSX.name());
    }
}
