package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;
import nl.mvimonitor.template.submission.SubmittedTab;

/** inline-strings.xlsx: cells with inline text, as streaming writers and some tools produce them. */
class InlineStringsTest {

    private static final TabSchema CRITERIA = TestWorkbook.SCHEMA.requireTab("Criteria");
    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void readsPlainAndRichInlineStrings() {
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", RawXlsx.tableHeader(CRITERIA) + "<row r=\"3\">" + RawXlsx.inline("A3", "C7")
                        + "<c r=\"K3\" t=\"inlineStr\"><is><r><t>Zero</t></r><r><rPr><i/></rPr><t>-emissie</t></r>"
                        + "<rPh><t>x</t></rPh></is></c></row>")
                .toBytes();

        SubmissionRow row = reader.read("inline-strings.xlsx", xlsx).tab("Criteria").orElseThrow().rows().get(0);

        assertThat(row.cell("criterium_id").orElseThrow().text()).isEqualTo("C7");
        RawCell description = row.cell("omschrijving").orElseThrow();
        assertThat(description.kind()).isEqualTo(RawCell.Kind.TEXT);
        assertThat(description.text()).isEqualTo("Zero-emissie");
        assertThat(description.ref().cell()).isEqualTo("K3");
    }

    @Test
    void countsRowsAndCellsThatHaveNoReference() {
        String row = "<row><c t=\"inlineStr\"><is><t>C1</t></is></c><c t=\"inlineStr\"><is><t>KLI</t></is></c>"
                + "<c/><c/><c/><c/><c><v>12.5</v></c></row>";
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", RawXlsx.tableHeader(CRITERIA) + row + "<row r=\"6\">"
                        + RawXlsx.inline("A6", "C2") + "</row>" + row)
                .toBytes();

        SubmittedTab criteria = reader.read("inline-strings.xlsx", xlsx).tab("Criteria").orElseThrow();

        assertThat(criteria.rows()).extracting(SubmissionRow::rowNumber).containsExactly(3, 6, 7);
        SubmissionRow first = criteria.rows().get(0);
        assertThat(first.cell("thema").orElseThrow().ref().a1()).isEqualTo("Criteria!B3");
        assertThat(first.cell("weging_pct").orElseThrow().ref().a1()).isEqualTo("Criteria!G3");
        assertThat(first.cell("weging_pct").orElseThrow().number()).isEqualTo(12.5);
        assertThat(criteria.rows().get(2).cell("weging_pct").orElseThrow().ref().a1()).isEqualTo("Criteria!G7");
    }
}
