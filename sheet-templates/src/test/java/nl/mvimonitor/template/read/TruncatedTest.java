package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** truncated.xlsx and other damage: cut-off downloads, broken XML, missing parts. */
class TruncatedTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void quarantinesAFileCutOffHalfway() {
        byte[] whole = TestWorkbook.template().row("Criteria", "criterium_id", "C1").toBytes();

        Submission submission = reader.read("truncated.xlsx", Arrays.copyOf(whole, whole.length / 2));

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).startsWith("Het bestand 'truncated.xlsx' is beschadigd of onleesbaar")
                .contains("sla het op als Excel-werkmap (.xlsx)");
    }

    @Test
    void quarantinesEveryCutOfAWorkbookWithoutThrowing() {
        byte[] whole = RawXlsx.workbook().sheet("Criteria", "<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>").toBytes();
        for (int length = 0; length < whole.length; length += 7) {
            Submission submission = reader.read("truncated.xlsx", Arrays.copyOf(whole, length));

            assertThat(submission.quarantined()).as("cut at %d", length).isTrue();
        }
    }

    @Test
    void quarantinesBrokenXmlNamingThePart() {
        byte[] xlsx = RawXlsx.workbook().sheet("Criteria", "<row r=\"3\"><c r=\"A3\"><v>1</v></row>").toBytes();

        Finding finding = Findings.quarantine(reader.read("broken-xml.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("xl/worksheets/sheet1.xml is geen geldige XML");
    }

    @Test
    void quarantinesAWorkbookWhoseWorkbookPartIsMissing() {
        byte[] whole = RawXlsx.workbook().sheet("Criteria", "").toBytes();
        byte[] renamed = HostileZips.renameEntry(whole, "xl/workbook.xml", "xl/workbooc.xml");

        Finding finding = Findings.quarantine(reader.read("missing-workbook.xlsx", renamed));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("xl/workbook.xml ontbreekt");
    }

    @Test
    void quarantinesACellThatPointsToASharedStringThatDoesNotExist() {
        byte[] xlsx = RawXlsx.workbook().sharedStrings("<si><t>C1</t></si>")
                .sheet("Criteria", RawXlsx.tableHeader(TestWorkbook.SCHEMA.requireTab("Criteria"))
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c></row>").toBytes();

        Finding finding = Findings.quarantine(reader.read("bad-index.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("Criteria!A3");
    }

    @Test
    void quarantinesCellsOutOfOrderOrRepeated() {
        String header = RawXlsx.tableHeader(TestWorkbook.SCHEMA.requireTab("Criteria"));
        byte[] repeatedCell = RawXlsx.workbook().sheet("Criteria", header + "<row r=\"3\"><c r=\"B3\"><v>1</v></c>"
                + "<c r=\"B3\"><v>2</v></c></row>").toBytes();
        byte[] repeatedRow = RawXlsx.workbook().sheet("Criteria", header + "<row r=\"3\"/><row r=\"3\"/>").toBytes();

        assertThat(Findings.quarantine(reader.read("unordered.xlsx", repeatedCell)).message())
                .contains("niet op volgorde staan in rij 3");
        assertThat(Findings.quarantine(reader.read("unordered.xlsx", repeatedRow)).rule())
                .isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
    }
}
