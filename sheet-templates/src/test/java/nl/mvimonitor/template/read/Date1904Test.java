package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.SubmissionRow;

/** date-1904.xlsx: a workbook in the 1904 date system (old Mac Excel); dates come back as 1900-system serials. */
class Date1904Test {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void convertsDateSerialsToThe1900System() {
        LocalDate awarded = LocalDate.of(2025, 6, 30);
        byte[] xlsx = TestWorkbook.template().date1904().row("Project", "gunningsdatum", awarded).toBytes();

        RawCell cell = reader.read("date-1904.xlsx", xlsx).tab("Project").orElseThrow().single()
                .cell("gunningsdatum").orElseThrow();

        assertThat(cell.kind()).isEqualTo(RawCell.Kind.NUMBER);
        assertThat(cell.dateFormat()).isTrue();
        assertThat(cell.number()).isEqualTo(DateUtil.getExcelDate(awarded, false));
        assertThat(DateUtil.getLocalDateTime(cell.number(), false).toLocalDate()).isEqualTo(awarded);
        assertThat(cell.ref().a1()).isEqualTo("Project!C17");
    }

    @Test
    void leavesNumbersWithoutADateFormatAlone() {
        TabSchema goals = TestWorkbook.SCHEMA.requireTab("Doelen");
        byte[] xlsx = RawXlsx.workbook().date1904()
                .sheet("Doelen", RawXlsx.tableHeader(goals) + "<row r=\"3\">" + RawXlsx.inline("A3", "D1")
                        + "<c r=\"F3\"><v>500</v></c><c r=\"G3\" s=\"2\"><v>44000</v></c></row>")
                .toBytes();

        SubmissionRow row = reader.read("date-1904.xlsx", xlsx).tab("Doelen").orElseThrow().rows().get(0);

        assertThat(row.cell("doelwaarde").orElseThrow().number()).isEqualTo(500.0);
        assertThat(row.cell("doelwaarde").orElseThrow().dateFormat()).isFalse();
        assertThat(row.cell("peildatum").orElseThrow().number()).isEqualTo(44000.0 + 1462);
        assertThat(row.cell("peildatum").orElseThrow().dateFormat()).isTrue();
    }
}
