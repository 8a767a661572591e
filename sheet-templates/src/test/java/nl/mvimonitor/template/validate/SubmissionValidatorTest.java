package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.validate.Validation.VALIDATOR;
import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabLayout;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;

class SubmissionValidatorTest {

    @Test
    void acceptsACompleteProjectWithoutFindings() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid());

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(SubmissionStatus.OK);
        assertThat(result.projectId()).isEqualTo(SubmissionBuilder.PROJECT_ID);
        assertThat(result.fileName()).isEqualTo("project.xlsx");
    }

    @Test
    void returnsTypedValuesForStorage() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid());
        TypedRow project = result.single("Project").orElseThrow();

        assertThat(project.values().get("projectnaam")).isEqualTo("Herinrichting Stationsplein");
        assertThat(project.values().get("geraamde_waarde")).isEqualTo(new BigDecimal("1250000"));
        assertThat(project.values().get("gunningsdatum")).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(project.values().get("boven_eu_drempel")).isEqualTo(Boolean.TRUE);
        assertThat(project.values().get("eforms_strategisch")).isEqualTo("env-imp");
        assertThat(project.values().keySet()).startsWith("project_id", "projectnaam", "organisatieonderdeel");
        assertThat(result.rows("Realisatie")).singleElement().extracting(TypedRow::rowNumber).isEqualTo(3);
        assertThat(result.rows("SROI")).isEmpty();
        assertThat(result.rows("Evaluatie")).isEmpty();
    }

    @Test
    void collectsEveryFindingInOnePass() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "geraamde_waarde", "veel")
                .form("Project", "cpv_code", "4523")
                .cell("Criteria", 0, "thema", "Groen")
                .cell("Criteria", 0, "omschrijving", null)
                .cell("Realisatie", 0, "periode", "2025-Q9")
                .cell("Realisatie", 0, "afwijking", "bel 06-98765432"));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location).containsExactly(
                tuple("PATROON", "Project!C7"), tuple("TYPE_GETAL", "Project!C9"),
                tuple("CODELIJST", "Criteria!B3"), tuple("VERPLICHT", "Criteria!K3"),
                tuple("TYPE_PERIODE", "Realisatie!A3"), tuple("PRIVACY_TELEFOON", "Realisatie!J3"));
        assertThat(result.status()).isEqualTo(SubmissionStatus.FOUT);
    }

    @Test
    void putsFileFindingsFirstAndReaderFindingsBeforeOwnOnTheSameCell() {
        CellRef header = new CellRef("Criteria", 2, 6);
        Finding renamed = new Finding(Severity.WAARSCHUWING, RuleCode.KOLOM_HERNOEMD.name(), header, "hernoemd");
        Finding extraTab = new Finding(Severity.WAARSCHUWING, RuleCode.TABBLAD_EXTRA.name(), new CellRef("Notities", 1,
                0), "extra");
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .readerFinding(extraTab)
                .readerFinding(renamed)
                .metadata(new nl.mvimonitor.template.submission.WorkbookMetadata(null, null, null, null))
                .form("Project", "geraamde_waarde", "12")
                .copyRow("Criteria", 0, Map.of("criterium_id", "C2", "weging_pct", 80)));

        assertThat(result.findings()).extracting(Finding::rule, Finding::location).containsExactly(
                tuple("SJABLOON_ONBEKEND", ""), tuple("GETAL_ALS_TEKST", "Project!C9"),
                tuple("KOLOM_HERNOEMD", "Criteria!G2"), tuple("WEGING_TOTAAL", "Criteria!G2"),
                tuple("TABBLAD_EXTRA", "Notities!A1"));
    }

    @Test
    void passesQuarantinedSubmissionThroughWithoutRows() {
        Finding macro = new Finding(Severity.FOUT, RuleCode.BESTAND_MACRO.name(), null, "macro's");
        ValidatedSubmission result = VALIDATOR.validate(Submission.quarantined("project.xlsm", List.of(macro)));

        assertThat(result.status()).isEqualTo(SubmissionStatus.QUARANTAINE);
        assertThat(result.findings()).containsExactly(macro);
        assertThat(result.rows()).isEmpty();
        assertThat(result.phase()).isNull();
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<Submission> submissions = List.of(SubmissionBuilder.valid().build(),
                SubmissionBuilder.valid().form("Project", "opmerkingen", "BSN 123456782").build(),
                SubmissionBuilder.valid().cell("Criteria", 0, "weging_pct", "1.500").build());
        List<ValidatedSubmission> expected = submissions.stream().map(VALIDATOR::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidatedSubmission>> futures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Submission submission = submissions.get(i % submissions.size());
                futures.add(pool.submit(() -> VALIDATOR.validate(submission)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % submissions.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverThrowsOnRandomCells() {
        Random random = new Random(20250601);
        for (int round = 0; round < 200; round++) {
            SubmissionBuilder builder = SubmissionBuilder.valid();
            for (TabSchema tab : SubmissionBuilder.SCHEMA.dataTabs()) {
                for (ColumnSchema column : tab.columns()) {
                    if (random.nextInt(3) == 0) {
                        Object value = randomValue(random);
                        if (tab.layout() == TabLayout.FORM) {
                            builder.form(tab.key(), column.key(), value);
                        } else if (!tab.key().equals("SROI") && !tab.key().equals("Doelen") || round % 2 == 0) {
                            builder.row(tab.key(), Map.of(column.key(), value));
                        }
                    }
                }
            }
            ValidatedSubmission result = VALIDATOR.validate(builder.build());
            assertThat(result.status()).isNotNull();
        }
    }

    private static Object randomValue(Random random) {
        double[] numbers = {0, -1, 60, 45363.5, 1e300, Double.NaN, Double.POSITIVE_INFINITY, 123456782, 2025, 0.125};
        String[] texts = {"", " ", "ja", "€ -1.234,-", "2025-K9", "31-02-2024", "=SUM(A1)", "x".repeat(5000),
                "12 maart 2024", "1.5", "4.0", "C1", "\u0000", "06-12345678", "a@b.nl", "9".repeat(400)};
        return switch (random.nextInt(5)) {
            case 0 -> numbers[random.nextInt(numbers.length)];
            case 1 -> SubmissionBuilder.serial(numbers[random.nextInt(numbers.length)], true);
            case 2 -> random.nextBoolean();
            case 3 -> SubmissionBuilder.error();
            default -> texts[random.nextInt(texts.length)];
        };
    }

    @Test
    void treatsBlankRawCellsAsEmpty() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid()
                .form("Project", "opmerkingen", new SubmissionBuilder.Raw(RawCell.Kind.BLANK, "", Double.NaN, false)));

        assertThat(result.findings()).isEmpty();
    }
}
