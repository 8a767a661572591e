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

    @Test
    void aWorkbookThatOnlyDeclaresTheMacroTypeIsNotSaidToContainAVbaProject() {
        byte[] xlsm = RawXlsx.workbook().macroEnabled().sheet("Criteria", "").toBytes();

        Finding finding = Findings.quarantine(reader.read("macro.xlsm", xlsm));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_MACRO.name());
        assertThat(finding.message()).startsWith("Het bestand 'macro.xlsm' is opgeslagen als Excel-werkmap met macro's "
                + "(.xlsm)").contains("er is geen macroproject in de werkmap gevonden")
                .doesNotContain("bevat macro's", "er zit een macroproject");
    }

    @Test
    void aVbaProjectIsNamedAsSuchWhateverTheContentTypesSay() {
        byte[] declared = RawXlsx.workbook().macroEnabled().sheet("Criteria", "")
                .part("xl/vbaProject.bin", new byte[] {1, 2, 3}).toBytes();
        byte[] undeclared = RawXlsx.workbook().sheet("Criteria", "").part("xl/vbaProject.bin", new byte[] {1, 2, 3})
                .toBytes();
        byte[] renamed = RawXlsx.workbook().sheet("Criteria", "").part("xl/code.bin", new byte[] {1, 2, 3})
                .part("[Content_Types].xml", contentTypes("<Override PartName=\"/xl/code.bin\" ContentType="
                        + "\"application/vnd.ms-office.vbaProject\"/>")).toBytes();

        for (byte[] xlsm : new byte[][] {declared, undeclared, renamed}) {
            assertThat(Findings.quarantine(reader.read("macro.xlsm", xlsm)).message())
                    .startsWith("Het bestand 'macro.xlsm' bevat macro's")
                    .contains("er zit een macroproject (VBA) in de werkmap");
        }
    }

    @Test
    void anExcel4MacroSheetThatIsThereIsNamedAsSuchAndOneOnlyDeclaredIsNot() {
        String types = contentTypes("<Override PartName=\"/xl/macrosheets/sheet1.xml\" ContentType="
                + "\"application/vnd.ms-excel.macrosheet+xml\"/>");
        byte[] present = RawXlsx.workbook().sheet("Criteria", "").part("[Content_Types].xml", types)
                .part("xl/macrosheets/sheet1.xml", "<?xml version=\"1.0\"?><xm:macrosheet xmlns:xm=\"x\"/>")
                .toBytes();
        byte[] declaredOnly = RawXlsx.workbook().sheet("Criteria", "").part("[Content_Types].xml", types).toBytes();

        assertThat(Findings.quarantine(reader.read("macro.xlsm", present)).message())
                .contains("er zit een Excel 4.0-macroblad in de werkmap");
        assertThat(Findings.quarantine(reader.read("macro.xlsm", declaredOnly)).message())
                .contains("er is geen macroproject in de werkmap gevonden").doesNotContain("macroblad");
    }

    private static String contentTypes(String declarations) {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.sheet.main+xml\"/>" + declarations + "</Types>";
    }
}
