package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.read.RawXlsx.Packing;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.Submission;

/**
 * damaged.xlsx: parts whose bytes no longer match the CRC-32 or size the zip declares for them, damaged on disk or
 * in transit. Every part the reader uses is verified, however much of it is read; a value must never be read wrong.
 */
class DamagedChecksumTest {

    private static final TabSchema GOALS = TestWorkbook.SCHEMA.requireTab("Doelen");
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String GOAL_ROW = "<row r=\"3\">" + RawXlsx.inline("A3", "D1")
            + "<c r=\"F3\"><v>1450000</v></c></row>";

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void aDigitChangedInADeflatedSheetIsNotReadAsRight() {
        byte[] intact = goals(Packing.DEFLATED_VERBATIM);
        assertThat(target(reader.read("doelen.xlsx", intact))).isEqualByComparingTo("1450000");

        byte[] damaged = HostileZips.replaceBytes(intact, "1450000", "9450000");

        assertDamaged(reader.read("damaged.xlsx", damaged), SHEET);
    }

    @Test
    void aDigitChangedInAStoredSheetIsNotReadAsRight() {
        byte[] intact = goals(Packing.STORED);
        assertThat(target(reader.read("doelen.xlsx", intact))).isEqualByComparingTo("1450000");

        byte[] damaged = HostileZips.replaceBytes(intact, "1450000", "9450000");

        assertDamaged(reader.read("damaged.xlsx", damaged), SHEET);
    }

    @Test
    void aFlippedBitInTheMiddleOfACompressedSheetThatStillInflatesIsCaught() {
        StringBuilder rows = new StringBuilder(RawXlsx.tableHeader(GOALS));
        for (int r = 3; r < 60; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(RawXlsx.inline("A" + r, "D" + r))
                    .append("<c r=\"F").append(r).append("\"><v>").append(r * 1000 + 450).append("</v></c></row>");
        }
        byte[] intact = RawXlsx.workbook().sheet("Doelen", rows.toString()).toBytes();
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        byte[] damaged = HostileZips.flipABitThatStillInflates(intact, SHEET);

        assertDamagedOrWrongSize(reader.read("damaged.xlsx", damaged), SHEET);
    }

    @Test
    void aChangedSharedStringIsCaught() {
        byte[] intact = RawXlsx.workbook().packing(Packing.DEFLATED_VERBATIM).sharedStrings("<si><t>D1450</t></si>")
                .sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>")
                .toBytes();
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        byte[] damaged = HostileZips.replaceBytes(intact, "D1450", "D9450");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/sharedStrings.xml");
    }

    @Test
    void aChangedStylesPartIsCaught() {
        byte[] intact = goals(Packing.DEFLATED_VERBATIM);

        byte[] damaged = HostileZips.replaceBytes(intact, "numFmtId=\"14\"", "numFmtId=\"15\"");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/styles.xml");
    }

    @Test
    void aChangedWorkbookPartIsCaught() {
        byte[] intact = goals(Packing.STORED);

        byte[] damaged = HostileZips.replaceBytes(intact, "name=\"Doelen\"", "name=\"Doelem\"");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/workbook.xml");
    }

    @Test
    void aCrcOfZeroInEveryHeaderIsCaught() {
        byte[] intact = goals(Packing.DEFLATED);

        Submission submission = reader.read("damaged.xlsx", HostileZips.claimCrc(intact, SHEET, 0));

        assertDamaged(submission, SHEET);
    }

    @Test
    void aCrcOfZeroInAStoredEntryIsCaught() {
        byte[] intact = goals(Packing.STORED);

        Submission submission = reader.read("damaged.xlsx", HostileZips.claimCrc(intact, SHEET, 0));

        assertDamaged(submission, SHEET);
    }

    @Test
    void aSizeThatDiffersFromTheInflatedDataIsCaught() {
        byte[] intact = goals(Packing.DEFLATED);
        int size = GOAL_ROW.length();

        Submission submission = reader.read("damaged.xlsx", HostileZips.claimUncompressedSize(intact, SHEET, size));

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("het onderdeel " + SHEET + " pakt uit tot een andere grootte");
    }

    @Test
    void aCentralDirectoryThatDisagreesWithTheLocalHeaderIsCaught() {
        byte[] stored = goals(Packing.STORED);
        byte[] deflated = goals(Packing.DEFLATED);

        for (byte[] damaged : new byte[][] {HostileZips.claimCentralCrc(stored, SHEET, 12345),
            HostileZips.claimLocalCrc(stored, SHEET, 12345), HostileZips.claimDescriptorCrc(deflated, SHEET, 12345),
            HostileZips.claimCentralCrc(deflated, SHEET, 12345)}) {
            Finding finding = Findings.quarantine(reader.read("damaged.xlsx", damaged));

            assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
            assertThat(finding.message()).contains("de gegevens van het onderdeel " + SHEET + " in het zip-archief "
                    + "spreken elkaar tegen");
        }
    }

    @Test
    void aPartKeptFromAnEarlierFileIsStillCheckedAgainstItsDeclaredCrc() {
        byte[] intact = goals(Packing.DEFLATED);
        byte[] damaged = HostileZips.claimCrc(intact, "xl/styles.xml", 0);
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        // same compressed bytes as the styles just kept: only the declared CRC differs
        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/styles.xml");
        assertDamaged(new SubmissionReader(TestWorkbook.SCHEMA).read("damaged.xlsx", damaged), "xl/styles.xml");
    }

    @Test
    void aMetaSheetReadOnlyToItsTopIsStillVerifiedToItsEnd() {
        StringBuilder meta = new StringBuilder();
        for (int r = 1; r <= 150; r++) {
            meta.append("<row r=\"").append(r).append("\">").append(RawXlsx.inline("A" + r, "key" + r))
                    .append(RawXlsx.inline("B" + r, "value" + (r == 150 ? "X1450" : r))).append("</row>");
        }
        byte[] intact = goalsWith(Packing.DEFLATED_VERBATIM, "_meta", meta.toString());
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        byte[] damaged = HostileZips.replaceBytes(intact, "X1450", "X9450");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/worksheets/sheet2.xml");
    }

    @Test
    void anExtraSheetProbedOnlyAtItsTopIsStillVerifiedToItsEnd() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 150; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(r == 150 ? 7770777 : r).append("</v></c></row>");
        }
        byte[] intact = goalsWith(Packing.DEFLATED_VERBATIM, "Notities", rows.toString());
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        byte[] damaged = HostileZips.replaceBytes(intact, "7770777", "7779777");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/worksheets/sheet2.xml");
    }

    @Test
    void aPartCheckedOnlyForADoctypeIsStillVerifiedToItsEnd() {
        String theme = "<?xml version=\"1.0\"?><theme><colour>1450000</colour></theme>";
        byte[] intact = RawXlsx.workbook().packing(Packing.STORED).sheet("Doelen", RawXlsx.tableHeader(GOALS))
                .part("xl/theme/theme1.xml", theme).toBytes();
        assertThat(reader.read("doelen.xlsx", intact).quarantined()).isFalse();

        byte[] damaged = HostileZips.replaceBytes(intact, "1450000", "9450000");

        assertDamaged(reader.read("damaged.xlsx", damaged), "xl/theme/theme1.xml");
    }

    private static byte[] goals(Packing packing) {
        return RawXlsx.workbook().packing(packing).sheet("Doelen", RawXlsx.tableHeader(GOALS) + GOAL_ROW).toBytes();
    }

    private static byte[] goalsWith(Packing packing, String sheetName, String sheetData) {
        return RawXlsx.workbook().packing(packing).sheet("Doelen", RawXlsx.tableHeader(GOALS) + GOAL_ROW)
                .sheet(sheetName, sheetData).toBytes();
    }

    private static BigDecimal target(Submission submission) {
        return new BigDecimal(submission.tab("Doelen").orElseThrow().rows().get(0).cell("doelwaarde").orElseThrow()
                .text());
    }

    /** Quarantined as damaged, the message naming the part (when given) and its CRC-32. */
    private static void assertDamaged(Submission submission, String part) {
        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).startsWith("Het bestand 'damaged.xlsx' is beschadigd of onleesbaar")
                .contains("controlegetal (CRC-32)");
        if (part != null) {
            assertThat(finding.message()).contains(part);
        }
    }

    private static void assertDamagedOrWrongSize(Submission submission, String part) {
        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains(part).containsAnyOf("controlegetal (CRC-32)", "andere grootte");
    }
}
