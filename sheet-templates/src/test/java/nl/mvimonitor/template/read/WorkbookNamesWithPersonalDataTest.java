package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.RawCell;
import nl.mvimonitor.template.submission.Submission;

/**
 * A team put a phone number, e-mail address, BSN or IBAN in a tab name, or a crafted file names a zip part after a
 * person: no finding or row may quote it.
 */
class WorkbookNamesWithPersonalDataTest {

    private static final String NEUTRAL = "(tabnaam verborgen, privacy)";

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void phoneNumberInARenamedTemplateTabIsReplacedAndTheTabStillRead() {
        byte[] xlsx = TestWorkbook.template().row("Criteria", "criterium_id", "C1")
                .renameSheet("Criteria", "Criteria bel 06-12345678").toBytes();

        Submission submission = reader.read("P-2024-022.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.PRIVACY_NAAM).sheet()).isEqualTo(NEUTRAL);
        assertThat(Findings.only(submission, RuleCode.TABBLAD_HERNOEMD).message()).contains(NEUTRAL);
        assertThat(submission.tab("Criteria").orElseThrow().sheetName()).isEqualTo(NEUTRAL);
        assertThat(submission.tab("Criteria").orElseThrow().rows()).hasSize(1);
        assertNowhere(submission, "12345678");
    }

    @Test
    void extraTabsNamedAfterPeopleGetDistinctNeutralNames() {
        byte[] xlsx = TestWorkbook.template().extraSheet("j.jansen@example.nl").extraSheet("BSN 123 456 782")
                .extraSheet("NL91ABNA0417164300").toBytes();

        Submission submission = reader.read("P-2024-022.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.PRIVACY_NAAM)).map(Finding::sheet)
                .containsExactly(NEUTRAL, NEUTRAL + " 2", NEUTRAL + " 3");
        assertThat(Findings.of(submission, RuleCode.TABBLAD_EXTRA)).hasSize(3);
        assertNowhere(submission, "jansen", "456 782", "ABNA");
    }

    @Test
    void anOverlongTabNameWithAPhoneNumberIsOnlyReplacedNeverShortenedAroundTheNumber() {
        // a crafted file: Excel and POI never write a name this long
        byte[] xlsx = RawXlsx.workbook().sheet("Contact " + "x".repeat(60) + " 06-12345678", "").toBytes();

        Submission submission = reader.read("P-2024-022.xlsx", xlsx);

        assertThat(Findings.only(submission, RuleCode.PRIVACY_NAAM).sheet()).isEqualTo(NEUTRAL);
        assertThat(Findings.of(submission, RuleCode.TABBLADNAAM_ONGELDIG)).as("the neutral name is a valid tab name")
                .isEmpty();
        assertThat(NEUTRAL.length() + " 99".length()).isLessThanOrEqualTo(TabNames.MAX_CHARS);
        assertNowhere(submission, "12345678", "Contact");
    }

    @Test
    void ordinaryTabNamesAreLeftAsTheyAre() {
        byte[] xlsx = TestWorkbook.template().extraSheet("Notities 2024-Q2").extraSheet("Zuiveringsbeheer")
                .toBytes();

        Submission submission = reader.read("P-2024-022 Renovatie gemaal.xlsx", xlsx);

        assertThat(Findings.of(submission, RuleCode.PRIVACY_NAAM)).isEmpty();
        assertThat(Findings.of(submission, RuleCode.TABBLAD_EXTRA)).map(Finding::sheet)
                .containsExactlyInAnyOrder("Notities 2024-Q2", "Zuiveringsbeheer");
    }

    @Test
    void aBrokenPartNamedAfterAPersonIsNotQuotedInTheQuarantineFinding() {
        byte[] xlsx = RawXlsx.workbook().sheet("Criteria", "")
                .part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                        + " Id=\"rId1\" Type=\"" + RawXlsx.REL_NS + "/worksheet\""
                        + " Target=\"worksheets/j.jansen@example.nl.xml\"/></Relationships>")
                .part("xl/worksheets/j.jansen@example.nl.xml", "<worksheet><sheetData><row></sheetData>")
                .toBytes();

        Finding finding = Findings.quarantine(reader.read("P-2024-022.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("(een onderdeel met mogelijk persoonsgegevens in de naam)")
                .doesNotContain("jansen");
    }

    @Test
    void aPartNamedAfterAPersonThatTheParserFailsOnIsLoggedNeutrallyOnOneLine() {
        // a line separator: a line break the reader refuses in a part name (a control character) never gets this far
        String part = "xl/worksheets/j.jansen@example.nl\u20282026-12-04 ERROR forged.xml";
        byte[] xlsx = RawXlsx.workbook().sheet("Project", "")
                .part(part, "<worksheet xmlns=\"" + RawXlsx.MAIN_NS + "\"><sheetData><row r=\"1\">"
                        + RawXlsx.inline("A1", "x") + "</row></sheetData></worksheet>").toBytes();
        PrintStream console = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try (OpenWorkbook book = OpenWorkbook.open(xlsx, ReadLimits.defaults(), XmlParsers.hardened(), new KeptParts())) {
            assertThatThrownBy(() -> book.read(new SheetPart("Project", "visible", part), new FailingSink()))
                    .isInstanceOf(FileRejected.class);
        } finally {
            System.setErr(console);
        }

        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("while reading part").doesNotContain("jansen")
                .contains("(bestandsnaam bevat mogelijk persoonsgegevens)");
        assertThat(log.lines().filter(l -> l.contains("while reading part"))).singleElement().asString()
                .doesNotContain("forged");
    }

    /** A sink that fails as a parser bug would, on the first cell. */
    private static final class FailingSink implements RowSink {

        @Override
        public void startRow(int rowNumber) {
        }

        @Override
        public boolean wants(int column) {
            return true;
        }

        @Override
        public void cell(RawCell cell) {
            throw new IllegalStateException("kapot");
        }

        @Override
        public void endRow(int rowNumber) {
        }

        @Override
        public void finish() {
        }
    }

    private static void assertNowhere(Submission submission, String... values) {
        List<String> texts = submission.findings().stream().map(f -> f.sheet() + " " + f.message()).toList();
        for (String value : values) {
            assertThat(texts).noneMatch(t -> t.contains(value));
            assertThat(submission.tabs().values()).noneMatch(t -> t.sheetName().contains(value));
        }
    }
}
