package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.finding.Severity;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.Submission;
import nl.mvimonitor.template.submission.SubmittedTab;

/** Tab names Excel would not allow (a crafted file): shown shortened and cleaned everywhere, with a warning. */
class TabNameTest {

    private static final TabSchema GOALS = TestWorkbook.SCHEMA.requireTab("Doelen");
    private static final String LONG = "Notities " + "x".repeat(4_991);

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void anExtraTabWithA5000CharacterNameIsShownShortenedWithAWarning() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)).sheet(LONG, "").toBytes();

        Submission submission = reader.read("long-tab.xlsx", xlsx);

        Finding invalid = Findings.only(submission, RuleCode.TABBLADNAAM_ONGELDIG);
        String shown = "Notities " + "x".repeat(21) + "…";
        assertThat(invalid.severity()).isEqualTo(Severity.WAARSCHUWING);
        assertThat(invalid.sheet()).isEqualTo(shown).hasSize(TabNames.MAX_CHARS);
        assertThat(invalid.message()).contains("langer dan 31 tekens").contains("'" + shown + "'");
        assertThat(Findings.only(submission, RuleCode.TABBLAD_EXTRA).sheet()).isEqualTo(shown);
        assertShortEverywhere(submission);
    }

    @Test
    void aDataTabWithAnOverlongNameIsReadUnderItsShortenedName() {
        String name = "Doelen van het project " + "x".repeat(300);
        byte[] xlsx = RawXlsx.workbook().sheet(name, RawXlsx.tableHeader(GOALS) + "<row r=\"3\">"
                + RawXlsx.inline("A3", "D1") + "<c r=\"F3\"><v>10</v></c></row>").toBytes();

        Submission submission = reader.read("long-tab.xlsx", xlsx);

        SubmittedTab goals = submission.tab("Doelen").orElseThrow();
        assertThat(goals.sheetName()).hasSize(31).startsWith("Doelen van het project");
        assertThat(goals.rows().get(0).cell("doelwaarde").orElseThrow().ref().sheet()).isEqualTo(goals.sheetName());
        assertThat(Findings.only(submission, RuleCode.TABBLAD_HERNOEMD).message()).contains(goals.sheetName());
        assertThat(Findings.of(submission, RuleCode.TABBLADNAAM_ONGELDIG)).hasSize(1);
        assertShortEverywhere(submission);
    }

    @Test
    void aTabNameWithCharactersExcelForbidsIsShownCleaned() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)).sheet("a/b:c*d?[e]\\", "")
                .sheet("'quoted'", "").toBytes();

        Submission submission = reader.read("odd-tab.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.TABBLADNAAM_ONGELDIG)).extracting(Finding::sheet)
                .containsExactly("a_b_c_d__e__", "_quoted_");
        assertThat(Findings.of(submission, RuleCode.TABBLADNAAM_ONGELDIG).get(0).message())
                .contains("met een teken dat niet mag");
        assertThat(Findings.of(submission, RuleCode.TABBLAD_EXTRA)).extracting(Finding::sheet)
                .containsExactly("a_b_c_d__e__", "_quoted_");
    }

    @Test
    void aNameOfExactly31CharactersIsAllowedAsItIs() {
        String name = "N".repeat(31);
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)).sheet(name, "").toBytes();

        Submission submission = reader.read("tab.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.TABBLADNAAM_ONGELDIG)).isEmpty();
        assertThat(Findings.only(submission, RuleCode.TABBLAD_EXTRA).sheet()).isEqualTo(name);
    }

    @Test
    void aQuarantineMessageNamesAnOverlongTabByItsShortenedName() {
        String name = "Doelen" + "y".repeat(200);
        byte[] xlsx = RawXlsx.workbook().sheet(name, RawXlsx.tableHeader(GOALS) + "<row r=\"3\"/><row r=\"3\"/>")
                .toBytes();

        Finding finding = Findings.quarantine(reader.read("long-tab.xlsx", xlsx));

        assertThat(finding.message()).contains("tabblad '" + TabNames.shown(name) + "' heeft rij 3 twee keer")
                .doesNotContain("y".repeat(40));
    }

    @Test
    void shortensWithoutSplittingACharacterOutsideTheBasicPlane() {
        String name = "x".repeat(29) + "\uD83D\uDE00" + "tail";

        String shown = TabNames.shown(name);

        assertThat(shown).isEqualTo("x".repeat(29) + "…");
        assertThat(TabNames.shown("x".repeat(28) + "\uD83D\uDE00" + "tail"))
                .isEqualTo("x".repeat(28) + "\uD83D\uDE00…");
        assertThat(TabNames.shown("")).isEqualTo("(zonder naam)");
    }

    private static void assertShortEverywhere(Submission submission) {
        for (Finding finding : submission.findings()) {
            assertThat(finding.sheet()).hasSizeLessThanOrEqualTo(TabNames.MAX_CHARS);
            assertThat(finding.message()).doesNotContain("x".repeat(40));
        }
    }
}
