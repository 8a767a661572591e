package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.Submission;

/** huge-sheet.xlsx: sheets and files over the read limits, generated in memory with small limits. */
class HugeSheetTest {

    private static final TabSchema GOALS = TestWorkbook.SCHEMA.requireTab("Doelen");
    private static final ReadLimits SMALL = new ReadLimits(200_000, 20_000_000, 100, 1_000, 1_000, 50, 500);

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA, SMALL);

    @Test
    void quarantinesASheetWithMoreRowsThanAllowed() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", headerAndRowsUpTo(SMALL.maxRowsPerSheet() + 1)).toBytes();

        Finding finding = Findings.quarantine(reader.read("huge-sheet.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
        assertThat(finding.message()).startsWith("Het bestand 'huge-sheet.xlsx' is te groot om te lezen")
                .contains("tabblad 'Doelen' heeft meer dan 1.000 rijen met gegevens");
    }

    @Test
    void acceptsExactlyTheAllowedNumberOfRows() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", headerAndRowsUpTo(SMALL.maxRowsPerSheet())).toBytes();

        Submission submission = reader.read("huge-sheet.xlsx", xlsx);

        assertThat(submission.quarantined()).isFalse();
        assertThat(Findings.only(submission, RuleCode.TE_VEEL_RIJEN).location()).isEqualTo("Doelen!A503");
    }

    @Test
    void quarantinesAValueFarToTheRight() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)
                + "<row r=\"3\"><c r=\"XFD3\"><v>1</v></c></row>").toBytes();

        Finding finding = Findings.quarantine(reader.read("huge-sheet.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
        assertThat(finding.message()).contains("voorbij kolom AX");
    }

    @Test
    void quarantinesACellWithMoreCharactersThanAllowed() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"3\">"
                + RawXlsx.inline("C3", "x".repeat(SMALL.maxCellChars() + 1)) + "</row>").toBytes();

        Finding finding = Findings.quarantine(reader.read("huge-sheet.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
        assertThat(finding.message()).contains("cel Doelen!C3 bevat een tekst van meer dan 500 tekens");
    }

    @Test
    void quarantinesAFileOverTheSizeLimitWithoutReadingTheWholeStream() throws IOException {
        byte[] big = HostileZips.xmlWithCommentProlog(1_000_000, false).getBytes();
        CountingStream in = new CountingStream(big);

        Submission submission = reader.read("huge-sheet.xlsx", in);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
        assertThat(finding.message()).contains("het bestand is groter dan");
        assertThat(in.taken).isLessThanOrEqualTo(SMALL.maxFileBytes() + 1);
        assertThat(Findings.quarantine(reader.read("huge-sheet.xlsx", big)).rule())
                .isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
    }

    /** The header, then a number in column A of every row from 3 up to {@code lastRow}. */
    private static String headerAndRowsUpTo(int lastRow) {
        StringBuilder rows = new StringBuilder(RawXlsx.tableHeader(GOALS));
        for (int r = 3; r <= lastRow; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        return rows.toString();
    }

    /** Counts how many bytes the reader took from it. */
    private static final class CountingStream extends ByteArrayInputStream {
        private long taken;

        private CountingStream(byte[] data) {
            super(data);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            taken += Math.max(0, n);
            return n;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("bulk reads only");
        }
    }
}
