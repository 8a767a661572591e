package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** One reader shared by several threads, as the sync service uses it. */
class ConcurrentReadsTest {

    @Test
    void readsCorrectlyAfterAPartFailedHalfwayOnTheSameThread() {
        SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);
        byte[] good = TestWorkbook.template().row("Criteria", "criterium_id", "C1").toBytes();
        byte[] brokenMidway = RawXlsx.workbook().sheet("Criteria", RawXlsx.tableHeader(
                TestWorkbook.SCHEMA.requireTab("Criteria")) + "<row r=\"3\"><c r=\"A3\"><v>1</v></row>").toBytes();
        Submission before = reader.read("goed.xlsx", good);

        assertThat(reader.read("kapot.xlsx", brokenMidway).quarantined()).isTrue();
        Submission after = reader.read("goed.xlsx", good);

        assertThat(after).isEqualTo(before);
        assertThat(after.tab("Criteria").orElseThrow().rows().get(0).cell("criterium_id").orElseThrow().ref().a1())
                .isEqualTo("Criteria!A3");
    }

    @Test
    void refusesADoctypeEveryTimeOnTheSameThreadWithGoodFilesInBetween() {
        SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);
        byte[] good = TestWorkbook.template().row("Criteria", "criterium_id", "C1").toBytes();
        byte[] doctype = RawXlsx.workbook().sheet("Criteria", "").part("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]><worksheet/>").toBytes();
        Submission expectedGood = reader.read("goed.xlsx", good);

        for (int i = 0; i < 3; i++) {
            Submission hostile = reader.read("doctype.xlsx", doctype);
            assertThat(Findings.quarantine(hostile).rule()).isEqualTo(RuleCode.BESTAND_XML_ENTITEIT.name());
            assertThat(reader.read("goed.xlsx", good)).isEqualTo(expectedGood);
        }
        assertThat(expectedGood.quarantined()).isFalse();
    }

    @Test
    void givesEveryThreadTheSameResultAsOneThread() throws Exception {
        SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);
        List<byte[]> files = List.of(
                TestWorkbook.template().row("Criteria", "criterium_id", "C1", "weging_pct", 10)
                        .relabel("Criteria", "thema", "Onderwerp").toBytes(),
                RawXlsx.workbook().sheet("Criteria", "").part("xl/vbaProject.bin", new byte[1]).toBytes(),
                RawXlsx.workbook().sheet("Criteria", "").part("docProps/app.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x \"y\">]><p>&x;</p>").toBytes(),
                RawXlsx.workbook().sheet("Criteria", RawXlsx.tableHeader(TestWorkbook.SCHEMA.requireTab("Criteria"))
                        + "<row r=\"3\"><c r=\"A3\"><v>1</v></row>").toBytes());
        List<Submission> expected = files.stream().map(f -> reader.read("bestand.xlsx", f)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Submission>> results = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                byte[] file = files.get(i % files.size());
                results.add(pool.submit(() -> reader.read("bestand.xlsx", file)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(0).findings()).hasSize(1);
        assertThat(expected.subList(1, files.size())).allMatch(Submission::quarantined);
    }
}
