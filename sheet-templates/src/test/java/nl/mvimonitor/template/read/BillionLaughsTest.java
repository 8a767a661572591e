package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** billion-laughs.xlsx: nested entity definitions that expand to gigabytes. */
class BillionLaughsTest {

    @Test
    void quarantinesEntityExpansionWithoutExpandingIt() {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", "")
                .part("xl/worksheets/sheet1.xml", doctype + "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
                        + "</sheetData></worksheet>")
                .toBytes();

        Submission submission = new SubmissionReader(TestWorkbook.SCHEMA).read("billion-laughs.xlsx", xlsx);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
        assertThat(Findings.quarantine(submission).message()).contains("xl/worksheets/sheet1.xml");
    }
}
