package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** xxe.xlsx: XML external entities that would read files from the server. */
class XxeTest {

    private static final String DOCTYPE = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "
            + "\"file:///etc/passwd\">]>";

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void quarantinesAnExternalEntityInTheSharedStrings() {
        byte[] xlsx = RawXlsx.workbook()
                .part("xl/sharedStrings.xml", DOCTYPE + "<sst xmlns=\"" + RawXlsx.MAIN_NS + "\"><si><t>&xxe;</t></si>"
                        + "</sst>")
                .sheet("Criteria", "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>")
                .toBytes();

        Submission submission = reader.read("xxe.xlsx", xlsx);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
        assertThat(finding.message()).startsWith("Het bestand 'xxe.xlsx' bevat XML-constructies")
                .contains("xl/sharedStrings.xml").doesNotContain("root:");
    }

    @Test
    void quarantinesAnExternalParameterEntityInASheet() {
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", "")
                .part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY % remote "
                        + "SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %remote;]><worksheet/>")
                .toBytes();

        Submission submission = reader.read("xxe.xlsx", xlsx);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
    }

    @Test
    void quarantinesADoctypeInAPartTheReaderDoesNotOtherwiseNeed() {
        byte[] xlsx = RawXlsx.workbook()
                .part("docProps/app.xml", DOCTYPE + "<Properties>&xxe;</Properties>")
                .toBytes();

        Submission submission = reader.read("xxe.xlsx", xlsx);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
        assertThat(finding.message()).contains("docProps/app.xml");
    }

    @Test
    void quarantinesADoctypeBehindACommentInAPartTheReaderDoesNotOtherwiseNeed() {
        byte[] xlsx = RawXlsx.workbook()
                .part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- Excel -->"
                        + DOCTYPE.substring(DOCTYPE.indexOf("<!DOCTYPE")) + "<Properties>&xxe;</Properties>")
                .toBytes();

        Submission submission = reader.read("xxe.xlsx", xlsx);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
    }

    @Test
    void quarantinesAPartTheReaderDoesNotOtherwiseNeedWhenItsRootElementIsBroken() {
        byte[] xlsx = RawXlsx.workbook()
                .part("docProps/app.xml", "<?xml version=\"1.0\"?><Properties a=\"1\" a=\"2\"></Properties>")
                .toBytes();

        Submission submission = reader.read("kapot.xlsx", xlsx);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("docProps/app.xml");
    }
}
