package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.cache.PackedCache;
import nl.mvimonitor.sync.consolidation.CountingQueries;
import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * The board report written with kept per-submission facts is cell for cell the report computed afresh. The expected
 * cell texts in {@code fixtures/board-of-many-projects*.txt} were written by the report as it was before facts were
 * kept per submission, from {@link ManyProjects}' 60 projects (the second with project 17 changed).
 */
class BoardReportCacheTest {

    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    private static final int PROJECTS = 60;
    private static final int CHANGED = 17;

    @TempDir
    Path cacheDir;

    @Test
    void writesTheSameCellsAsBeforeWithoutACache() throws IOException {
        assertThat(cells(write(ManyProjects.data(PROJECTS, -1), null))).isEqualTo(expected("board-of-many-projects"));
    }

    @Test
    void writesTheSameCellsWithAnEmptyAWarmAndAPartlyStaleCache() throws IOException {
        List<String> before = expected("board-of-many-projects");
        assertThat(cells(write(ManyProjects.data(PROJECTS, -1), cacheDir))).as("empty cache").isEqualTo(before);
        assertThat(PackedCache.in(cacheDir).keys()).hasSize(kept(ManyProjects.data(PROJECTS, -1)));
        assertThat(cells(write(ManyProjects.data(PROJECTS, -1), cacheDir))).as("warm cache").isEqualTo(before);
        assertThat(cells(write(ManyProjects.data(PROJECTS, CHANGED), cacheDir))).as("one submission changed")
                .isEqualTo(expected("board-of-many-projects-one-changed"));
    }

    @Test
    void usesKeptFactsInsteadOfReadingTheRowsAgain() throws IOException {
        write(ManyProjects.data(PROJECTS, -1), cacheDir);
        CountingQueries counting = new CountingQueries(ManyProjects.data(PROJECTS, CHANGED));
        write(counting, cacheDir);
        // only the changed submission's five tabs are read
        assertThat(counting.submissionsRead()).containsOnly(CHANGED + 1L);
    }

    @Test
    void computesDamagedFactsAgain() throws IOException {
        InMemorySubmissionQueries data = ManyProjects.data(PROJECTS, -1);
        write(data, cacheDir);
        SubmissionSummary damaged = data.currentSubmissions().stream()
                .filter(s -> s.status() != SubmissionStatus.QUARANTAINE).findFirst().orElseThrow();
        String key = SubmissionFactsCache.in(cacheDir, SchemaLoader.current()).key(damaged);
        PackedCache packs = PackedCache.in(cacheDir);
        byte[] bytes = packs.get(key).orElseThrow();
        packs.put(key, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CountingQueries counting = new CountingQueries(data);
        assertThat(cells(write(counting, cacheDir))).isEqualTo(expected("board-of-many-projects"));
        assertThat(counting.submissionsRead()).containsOnly(damaged.submissionId());
        assertThat(packs.get(key)).contains(bytes);
    }

    @Test
    void deletesTheFactsOfSubmissionsThatAreNoLongerCurrent() throws IOException {
        write(ManyProjects.data(PROJECTS, -1), cacheDir);
        SubmissionFactsCache cache = SubmissionFactsCache.in(cacheDir, SchemaLoader.current());
        PackedCache packs = PackedCache.in(cacheDir);
        SubmissionSummary old = ManyProjects.data(PROJECTS, -1).currentSubmissions().stream()
                .filter(s -> s.submissionId() == CHANGED + 1L).findFirst().orElseThrow();
        assertThat(packs.contains(cache.key(old))).isTrue();

        InMemorySubmissionQueries changed = ManyProjects.data(PROJECTS, CHANGED);
        write(changed, cacheDir);

        assertThat(packs.contains(cache.key(old))).isFalse();
        assertThat(packs.keys()).hasSize(kept(changed));
        changed.currentSubmissions().stream().filter(s -> s.status() != SubmissionStatus.QUARANTAINE)
                .forEach(s -> assertThat(packs.contains(cache.key(s))).isTrue());
    }

    private static int kept(SubmissionQueries data) {
        return (int) data.currentSubmissions().stream().filter(s -> s.status() != SubmissionStatus.QUARANTAINE).count();
    }

    private static byte[] write(SubmissionQueries data, Path cacheDir) throws IOException {
        BoardReportWriter writer = cacheDir == null ? new BoardReportWriter(SchemaLoader.current(), JANUARY_2026)
                : new BoardReportWriter(SchemaLoader.current(), JANUARY_2026, cacheDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, BoardGoals.readDefaultSeed(), out);
        return out.toByteArray();
    }

    private static List<String> cells(byte[] workbook) throws IOException {
        return BoardCells.of(workbook);
    }

    private static List<String> expected(String name) throws IOException {
        try (var in = BoardReportCacheTest.class.getResourceAsStream("/fixtures/" + name + ".txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
    }
}
