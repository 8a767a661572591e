package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;

/** formula-error.xlsx: formula cells with error, string, boolean and number results. */
class FormulaErrorTest {

    private static final TabSchema CRITERIA = TestWorkbook.SCHEMA.requireTab("Criteria");

    @Test
    void readsTheCachedResultOfEachKindOfFormula() {
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", RawXlsx.tableHeader(CRITERIA) + "<row r=\"3\">"
                        + "<c r=\"A3\" t=\"str\"><f>\"C\"&amp;1</f><v>C1</v></c>"
                        + "<c r=\"G3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                        + "<c r=\"H3\"><f>10*2</f><v>20</v></c>"
                        + "<c r=\"K3\" t=\"b\"><f>TRUE()</f><v>1</v></c></row>")
                .toBytes();

        SubmissionRow row = new SubmissionReader(TestWorkbook.SCHEMA).read("formula-error.xlsx", xlsx)
                .tab("Criteria").orElseThrow().rows().get(0);

        RawCell error = row.cell("weging_pct").orElseThrow();
        assertThat(error.kind()).isEqualTo(RawCell.Kind.ERROR);
        assertThat(error.text()).isEqualTo("#DIV/0!");
        assertThat(error.ref().a1()).isEqualTo("Criteria!G3");
        assertThat(Double.isNaN(error.number())).isTrue();
        RawCell id = row.cell("criterium_id").orElseThrow();
        assertThat(id.kind()).isEqualTo(RawCell.Kind.TEXT);
        assertThat(id.text()).isEqualTo("C1");
        assertThat(row.cell("fictieve_korting").orElseThrow().number()).isEqualTo(20.0);
        RawCell bool = row.cell("omschrijving").orElseThrow();
        assertThat(bool.kind()).isEqualTo(RawCell.Kind.BOOLEAN);
        assertThat(bool.text()).isEqualTo("TRUE");
    }
}
