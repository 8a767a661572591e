package nl.mvimonitor.sync.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.consolidation.InMemorySubmissionQueries;
import nl.mvimonitor.sync.consolidation.SampleMonitor;
import nl.mvimonitor.sync.store.SubmissionQueries;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.validate.SubmissionStatus;

/**
 * Every board figure counts a project once: a second file with the ProjectID of another (a copy, the same sheet in
 * another unit folder, an older version) changes no cell of the board report.
 */
class DuplicateProjectsBoardTest {

    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T07:00:00Z"), ZoneOffset.UTC);
    private static final long ORIGINAL = 1;
    private static final Instant COPIED = Instant.parse("2026-01-10T08:00:00Z");

    @TempDir
    Path cacheDir;

    @Test
    void socialReturnRealisedIsTheSameWithAnOlderVersionOfTheSheetNextToIt() {
        // the older version has only the first SROI row (30,000) of the same 50,000 obligation: counted as a second
        // project it would make (42,000 + 30,000) / 100,000 = 72% of what is 84%
        assertThat(sroiRealised(SampleMonitor.data())).isEqualTo(84.0);
        assertThat(sroiRealised(withOlderVersion(SubmissionStatus.OK))).isEqualTo(84.0);
        assertThat(sroiRealised(withOlderVersion(SubmissionStatus.WAARSCHUWING))).isEqualTo(84.0);
    }

    @Test
    void noCellOfTheBoardReportChangesForACopy() throws IOException {
        Map<String, Supplier<InMemorySubmissionQueries>> variants = Map.of(
                "copy next to the original", () -> withCopy("Zuiveringsbeheer/P-2025-001 - kopie.xlsx",
                        SampleMonitor.ZUIVERING, SubmissionStatus.OK, null),
                "same sheet in another unit folder", () -> withCopy("Beheer/P-2025-001.xlsx", "Beheer",
                        SubmissionStatus.OK, null),
                "copy with errors, saved later", () -> withCopy("Zuiveringsbeheer/P-2025-001 (2).xlsx",
                        SampleMonitor.ZUIVERING, SubmissionStatus.FOUT, COPIED),
                "quarantined copy, saved later", () -> withCopy("Beheer/P-2025-001.xlsx", "Beheer",
                        SubmissionStatus.QUARANTAINE, COPIED),
                "older version", () -> withOlderVersion(SubmissionStatus.OK));
        for (boolean register : List.of(true, false)) {
            List<String> without = BoardCells.of(write(withRegister(SampleMonitor.data(), register), null));
            variants.forEach((variant, data) -> {
                try {
                    assertThat(BoardCells.of(write(withRegister(data.get(), register), null)))
                            .as(variant + (register ? " with" : " without") + " a register")
                            .containsExactlyElementsOf(without);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void keptFactsFollowTheRoleOfEachFileFromRunToRun() throws IOException {
        List<String> without = BoardCells.of(write(SampleMonitor.data(), null));
        write(SampleMonitor.data(), cacheDir);

        InMemorySubmissionQueries copy = withCopy("Beheer/P-2025-001.xlsx", "Beheer", SubmissionStatus.OK, null);
        assertThat(BoardCells.of(write(copy, cacheDir))).as("the copy appears").containsExactlyElementsOf(without);

        InMemorySubmissionQueries older = withOlderVersion(SubmissionStatus.OK);
        assertThat(BoardCells.of(write(older, cacheDir))).as("an older version appears")
                .containsExactlyElementsOf(without);

        InMemorySubmissionQueries onlyOlder = withOlderVersion(SubmissionStatus.OK);
        onlyOlder.remove(onlyOlder.added(ORIGINAL));
        assertThat(BoardCells.of(write(onlyOlder, cacheDir))).as("the one that counted is deleted")
                .containsExactlyElementsOf(BoardCells.of(write(onlyOlder, null)))
                .isNotEqualTo(without);
        assertThat(BoardCells.of(write(SampleMonitor.data(), cacheDir))).as("back as it was")
                .containsExactlyElementsOf(without);
    }

    private static double sroiRealised(SubmissionQueries data) {
        KpiCalculator kpis = new KpiCalculator(new MonitorFactsReader(SchemaLoader.current()).read(data));
        return kpis.value(Kpi.SROI_REALISATIE, new Scope(null, null, 2025)).map(KpiValue::value)
                .map(BigDecimal::doubleValue).orElseThrow();
    }

    /** The sample with a copy of its first project's sheet, rows and all. */
    private static InMemorySubmissionQueries withCopy(String path, String unit, SubmissionStatus status,
                                                      Instant modified) {
        InMemorySubmissionQueries data = SampleMonitor.data();
        SubmissionSummary original = data.added(ORIGINAL);
        data.addCopy(original, copyOf(original, path, unit, status, modified));
        return data;
    }

    /** The sample with an older version of its first project's sheet next to it, received and modified first. */
    private static InMemorySubmissionQueries withOlderVersion(SubmissionStatus status) {
        InMemorySubmissionQueries data = SampleMonitor.data();
        SubmissionSummary original = data.added(ORIGINAL);
        data.remove(original);
        data.add(original.withModifiedAt(Instant.parse("2025-10-01T07:00:00Z")));
        SubmissionSummary older = data.add(new SubmissionSummary(12, original.projectId(), original.unit(),
                "P-2025-001 oud.xlsx", "Zuiveringsbeheer/P-2025-001 oud.xlsx", "oud", 1, original.phase(), status,
                Instant.parse("2025-06-01T08:00:00Z"), original.lastSeenAt(), 4, 0, 0)
                .withModifiedAt(Instant.parse("2025-06-01T07:00:00Z")));
        data.row(older, "Project", 1, "project_id", "P-2025-001", "projectnaam", "Oud", "organisatieonderdeel",
                original.unit(), "fase", "UITVOEREN", "gunningsdatum", LocalDate.of(2025, 3, 1),
                "contractwaarde", new BigDecimal("1000000"));
        data.row(older, "Criteria", 4, "criterium_id", "C2", "thema", "SRO", "instrument", "minimumeis",
                "ambitieniveau", "1");
        data.row(older, "Borging", 5, "borging_id", "B3", "criterium_id", "C2", "type", "SROI",
                "sroi_verplichting", new BigDecimal("50000"));
        data.row(older, "SROI", 3, "periode", "2025", "bouwblok", "arbeidsplaats", "aantal_plaatsingen",
                new BigDecimal("3"), "inspanningswaarde", new BigDecimal("30000"), "via_pso", false);
        return data;
    }

    private static SubmissionSummary copyOf(SubmissionSummary original, String path, String unit,
                                            SubmissionStatus status, Instant modified) {
        return new SubmissionSummary(11, original.projectId(), unit, path.substring(path.lastIndexOf('/') + 1), path,
                "kopie", original.templateVersion(), original.phase(), status, COPIED, original.lastSeenAt(),
                original.rowsRead(), 0, 0).withModifiedAt(modified);
    }

    private static InMemorySubmissionQueries withRegister(InMemorySubmissionQueries data, boolean register) {
        if (!register) {
            data.forgetRegister();
        }
        return data;
    }

    private static byte[] write(SubmissionQueries data, Path cacheDir) throws IOException {
        BoardReportWriter writer = cacheDir == null ? new BoardReportWriter(SchemaLoader.current(), JANUARY_2026)
                : new BoardReportWriter(SchemaLoader.current(), JANUARY_2026, cacheDir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, BoardGoals.readDefaultSeed(), out);
        return out.toByteArray();
    }
}
