package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** macro.xlsm: a workbook with VBA macros. */
class MacroTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void quarantinesAWorkbookWithAVbaProject() {
        byte[] xlsm = RawXlsx.workbook().sheet("Criteria", "").part("xl/vbaProject.bin", new byte[] {1, 2, 3})
                .toBytes();

        Submission submission = reader.read("macro.xlsm", xlsm);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_MACRO.name());
        assertThat(finding.message()).startsWith("Het bestand 'macro.xlsm' bevat macro's")
                .contains("zonder macro's");
    }

    @Test
    void quarantinesAnExcel4MacroSheet() {
        byte[] xlsx = RawXlsx.workbook().sheet("Criteria", "")
                .part("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/xl/macrosheets/sheet1.xml\" ContentType="
                        + "\"application/vnd.ms-excel.macrosheet+xml\"/></Types>")
                .toBytes();

        Submission submission = reader.read("macro.xlsm", xlsx);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_MACRO.name());
    }

    @Test
    void quarantinesAMacroEnabledContentTypeEvenWithoutAVbaPart() {
        byte[] xlsm = RawXlsx.workbook().macroEnabled().sheet("Criteria", "").toBytes();

        Submission submission = reader.read("macro.xlsm", xlsm);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_MACRO.name());
    }
}
