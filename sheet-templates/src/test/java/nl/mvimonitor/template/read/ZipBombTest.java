package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.submission.Submission;

/** zip-bomb.xlsx: parts that inflate far beyond their stored size, or far beyond what a sheet needs. */
class ZipBombTest {

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void quarantinesAPartThatInflatesFarMoreThanItIsStored() {
        byte[] xlsx = RawXlsx.workbook()
                .sheet("Criteria", "")
                .part("xl/worksheets/sheet1.xml", HostileZips.xmlWithCommentProlog(20_000_000, true))
                .toBytes();

        Submission submission = reader.read("zip-bomb.xlsx", xlsx);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.severity()).isEqualTo(Severity.FOUT);
        assertThat(finding.cell()).isNull();
        assertThat(finding.message()).startsWith("Het bestand 'zip-bomb.xlsx' pakt uit tot een onwaarschijnlijk grote "
                + "omvang").contains("xl/worksheets/sheet1.xml");
    }

    @Test
    void findsABombInAPartTheReaderDoesNotOtherwiseNeed() {
        byte[] xlsx = RawXlsx.workbook()
                .part("xl/theme/theme1.xml", HostileZips.xmlWithCommentProlog(20_000_000, true))
                .toBytes();

        Submission submission = reader.read("zip-bomb.xlsx", xlsx);

        assertThat(Findings.quarantine(submission).rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
    }

    @Test
    void countsInflatedBytesNotTheSizesTheHeadersClaim() {
        byte[] honest = RawXlsx.workbook()
                .part("xl/theme/theme1.xml", HostileZips.xmlWithCommentProlog(3_000_000, false))
                .toBytes();
        byte[] lying = HostileZips.claimUncompressedSize(honest, "xl/theme/theme1.xml", 100);
        ReadLimits tight = new ReadLimits(20_000_000, 2_000_000, 100, 1_000, 100_000, 1_000, 32_767);

        Submission submission = new SubmissionReader(TestWorkbook.SCHEMA, tight).read("zip-bomb.xlsx", lying);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.message()).contains("uitgepakt meer dan 2 MB");
    }

    @Test
    void quarantinesAZipWithTooManyEntries() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i <= ReadLimits.defaults().maxZipEntries(); i++) {
            parts.put("xl/media/image" + i + ".bin", "x".getBytes(StandardCharsets.UTF_8));
        }

        Submission submission = reader.read("zip-bomb.xlsx", RawXlsx.zip(parts));

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.message()).contains("1.001 onderdelen");
    }
}
