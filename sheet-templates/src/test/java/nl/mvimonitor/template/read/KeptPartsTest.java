package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.RawCell;

/** Package parts read once for many files: a file whose part differs in any byte still gets its own reading. */
class KeptPartsTest {

    private static final TabSchema GOALS = TestWorkbook.SCHEMA.requireTab("Doelen");
    private static final String SHEET = RawXlsx.tableHeader(GOALS) + "<row r=\"3\">" + RawXlsx.inline("A3", "D1")
            + "<c r=\"G3\" s=\"2\"><v>44000</v></c></row>";

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void readsEachFilesOwnStylesAndDateSystemWhateverCameBefore() {
        byte[] plain = RawXlsx.workbook().sheet("Doelen", SHEET).toBytes();
        byte[] noDateStyle = RawXlsx.workbook().sheet("Doelen", SHEET)
                .part("xl/styles.xml", RawXlsx.STYLES.replace("<xf numFmtId=\"164\"/></cellXfs>",
                        "<xf numFmtId=\"0\"/></cellXfs>"))
                .toBytes();
        byte[] in1904 = RawXlsx.workbook().date1904().sheet("Doelen", SHEET).toBytes();

        for (int round = 0; round < 2; round++) {
            assertThat(peildatum(plain).dateFormat()).isTrue();
            assertThat(peildatum(plain).number()).isEqualTo(44000.0);
            assertThat(peildatum(noDateStyle).dateFormat()).isFalse();
            assertThat(peildatum(in1904).number()).isEqualTo(44000.0 + 1462);
            assertThat(peildatum(plain).number()).isEqualTo(44000.0);
        }
    }

    @Test
    void stillRefusesADoctypeInAPartLikeOneItKept() {
        byte[] plain = RawXlsx.workbook().sheet("Doelen", SHEET).toBytes();
        byte[] hostile = RawXlsx.workbook().sheet("Doelen", SHEET)
                .part("xl/styles.xml", RawXlsx.STYLES.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE styleSheet [<!ENTITY x \"y\">]>"))
                .toBytes();

        assertThat(reader.read("gewoon.xlsx", plain).quarantined()).isFalse();
        assertThat(reader.read("doctype.xlsx", hostile).quarantined()).isTrue();
    }

    @Test
    void keepsNoPartLargerThanItsLimit() {
        byte[] data = new byte[KeptParts.MAX_COMPRESSED_BYTES + 1];
        assertThat(KeptParts.key("xl/styles.xml", StylesHandler.class, data, 0, data.length)).isNull();
        assertThat(KeptParts.key("xl/styles.xml", StylesHandler.class, data, 0, data.length - 1)).isNotNull();
    }

    @Test
    void startsOverWhenFull() {
        KeptParts kept = new KeptParts();
        byte[] data = new byte[4];
        for (int i = 0; i <= KeptParts.MAX_PARTS; i++) {
            data[0] = (byte) i;
            data[1] = (byte) (i >> 8);
            kept.put(KeptParts.key("p", Object.class, data, 0, data.length), new KeptParts.Kept(i, 0, 0));
        }
        data[0] = (byte) KeptParts.MAX_PARTS;
        data[1] = (byte) (KeptParts.MAX_PARTS >> 8);
        assertThat(kept.get(KeptParts.key("p", Object.class, data, 0, data.length)).result())
                .isEqualTo(KeptParts.MAX_PARTS);
        data[0] = 0;
        data[1] = 0;
        assertThat(kept.get(KeptParts.key("p", Object.class, data, 0, data.length))).isNull();
    }

    private RawCell peildatum(byte[] xlsx) {
        return reader.read("doelen.xlsx", xlsx).tab("Doelen").orElseThrow().rows().get(0).cell("peildatum")
                .orElseThrow();
    }
}
