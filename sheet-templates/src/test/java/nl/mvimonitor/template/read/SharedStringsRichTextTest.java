package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;

/** shared-strings-rich-text.xlsx: shared strings with formatted runs, phonetic runs and escaped control characters. */
class SharedStringsRichTextTest {

    private static final TabSchema CRITERIA = TestWorkbook.SCHEMA.requireTab("Criteria");

    @Test
    void concatenatesRunsSkipsPhoneticTextAndDecodesEscapes() {
        byte[] xlsx = RawXlsx.workbook()
                .sharedStrings("<si><t>C1</t></si>"
                        + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Elektrisch </t></r><r><t>materieel</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>fonetisch</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><t>regel 1_x000D_regel 2 met_x005F_x0041_</t></si>")
                .sheet("Criteria", RawXlsx.tableHeader(CRITERIA) + "<row r=\"3\">"
                        + "<c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"J3\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"K3\" t=\"s\"><v>1</v></c></row>")
                .toBytes();

        SubmissionRow row = new SubmissionReader(TestWorkbook.SCHEMA).read("shared-strings-rich-text.xlsx", xlsx)
                .tab("Criteria").orElseThrow().rows().get(0);

        RawCell description = row.cell("omschrijving").orElseThrow();
        assertThat(description.kind()).isEqualTo(RawCell.Kind.TEXT);
        assertThat(description.text()).isEqualTo("Elektrisch materieel");
        assertThat(description.ref().a1()).isEqualTo("Criteria!K3");
        assertThat(row.cell("criterium_id").orElseThrow().text()).isEqualTo("C1");
        assertThat(row.cell("verificatie").orElseThrow().text()).isEqualTo("regel 1\rregel 2 met_x0041_");
    }
}
