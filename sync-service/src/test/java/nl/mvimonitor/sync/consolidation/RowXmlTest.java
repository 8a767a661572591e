package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowXmlTest {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle style = workbook.createCellStyle();

    @Test
    void writesRowsWithoutPositionsSoTheyFitAnywhereInATab() {
        RowXml xml = new RowXml();
        xml.newRow().text(0, "P-1", style);
        xml.newRow().number(0, 2.5, style);
        String written = new String(xml.toBytes(), StandardCharsets.UTF_8);
        assertThat(written).doesNotContain(" r=\"");
        assertThat(written).isEqualTo("<row><c s=\"" + style.getIndex() + "\" t=\"inlineStr\"><is><t>P-1</t></is></c>"
                + "</row><row><c s=\"" + style.getIndex() + "\"><v>2.5</v></c></row>");
        assertThat(xml.rows()).isEqualTo(2);
    }

    @Test
    void fillsSkippedColumnsWithEmptyCellsBecauseCellsArePositional() {
        RowXml xml = new RowXml();
        xml.newRow().number(2, 7, style);
        assertThat(new String(xml.toBytes(), StandardCharsets.UTF_8)).startsWith("<row><c/><c/><c s=");
    }

    @Test
    void escapesMarkupAndKeepsCarriageReturnsAndEdgeSpaces() {
        RowXml xml = new RowXml();
        xml.newRow().text(0, " a<b & \"c\">\r\n\u0001", style);
        assertThat(new String(xml.toBytes(), StandardCharsets.UTF_8))
                .contains("<t xml:space=\"preserve\"> a&lt;b &amp; &quot;c&quot;&gt;&#13;\n?</t>");
    }

    @Test
    void refusesCellsWrittenRightToLeft() {
        RowXml xml = new RowXml();
        CellTarget row = xml.newRow();
        row.number(3, 1, style);
        assertThatThrownBy(() -> row.number(1, 1, style)).isInstanceOf(IllegalStateException.class);
    }
}
