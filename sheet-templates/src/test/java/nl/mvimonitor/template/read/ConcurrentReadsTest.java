package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

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
    void givesEveryThreadTheSameResult() throws Exception {
        SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);
        byte[] good = TestWorkbook.template().row("Criteria", "criterium_id", "C1", "weging_pct", 10)
                .relabel("Criteria", "thema", "Onderwerp").toBytes();
        byte[] hostile = RawXlsx.workbook().sheet("Criteria", "").part("xl/vbaProject.bin", new byte[1]).toBytes();
        Submission expectedGood = reader.read("goed.xlsx", good);
        Submission expectedHostile = reader.read("macro.xlsm", hostile);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Submission>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? reader.read("goed.xlsx", good) : reader.read("macro.xlsm", hostile)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expectedGood : expectedHostile);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expectedGood.findings()).hasSize(1);
        assertThat(expectedHostile.quarantined()).isTrue();
    }
}
