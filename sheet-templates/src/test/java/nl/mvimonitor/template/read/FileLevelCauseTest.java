package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.submission.Submission;

/**
 * Files that are wrong in more than one way are named by what is really wrong: a limit (zip bomb, too large) before
 * a defect it causes, and an entry name that leaves the archive as such, not as damage.
 */
class FileLevelCauseTest {

    private static final TabSchema GOALS = TestWorkbook.SCHEMA.requireTab("Doelen");
    private static final ReadLimits SMALL_ROWS = new ReadLimits(20_000_000, 100_000_000, 100, 1_000, 1_000, 1_000,
            32_767);

    private final SubmissionReader reader = new SubmissionReader(TestWorkbook.SCHEMA);

    @Test
    void aZipBombWhoseRowsRepeatTheirRowNumberIsNamedAsABomb() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", "<row r=\"1\"/>".repeat(400_000)).toBytes();

        Finding finding = Findings.quarantine(reader.read("zip-bomb.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.message()).startsWith("Het bestand 'zip-bomb.xlsx' pakt uit tot een onwaarschijnlijk "
                + "grote omvang").contains("xl/worksheets/sheet1.xml").doesNotContain("rij");
    }

    @Test
    void aZipBombWhoseCellsRepeatTheirColumnIsNamedAsABomb() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", "<row r=\"3\">" + "<c r=\"A3\"><v>1</v></c>".repeat(200_000)
                + "</row>").toBytes();

        Finding finding = Findings.quarantine(reader.read("zip-bomb.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
    }

    @Test
    void aZipBombWhoseXmlBreaksEarlyIsNamedAsABomb() {
        String sheet = "<?xml version=\"1.0\"?><worksheet><sheetData></sheetDat>" + " ".repeat(20_000_000)
                + "</worksheet>";
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", "").part("xl/worksheets/sheet1.xml", sheet).toBytes();

        Finding finding = Findings.quarantine(reader.read("zip-bomb.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
    }

    @Test
    void repeatedRowsPastTheRowLimitAreNamedTooLarge() {
        StringBuilder rows = new StringBuilder(RawXlsx.tableHeader(GOALS));
        rows.append("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>".repeat(SMALL_ROWS.maxRowsPerSheet() + 1));
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", rows.toString()).toBytes();

        Finding finding = Findings.quarantine(new SubmissionReader(TestWorkbook.SCHEMA, SMALL_ROWS)
                .read("huge-sheet.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_TE_GROOT.name());
        assertThat(finding.message()).contains("tabblad 'Doelen' heeft meer dan 1.000 rijen met gegevens");
    }

    @Test
    void aRepeatedRowInAnOrdinarySheetIsNamedAsARepeatedRow() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"3\"/><row r=\"3\"/>")
                .toBytes();

        Finding finding = Findings.quarantine(reader.read("repeated.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("tabblad 'Doelen' heeft rij 3 twee keer");
    }

    @Test
    void rowsOutOfOrderAndRowNumbersPastExcelsLastRowAreNamedAsSuch() {
        byte[] unordered = RawXlsx.workbook()
                .sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"5\"/><row r=\"4\"/>").toBytes();
        byte[] pastTheEnd = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"1048577\"/>")
                .toBytes();
        byte[] notANumber = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS) + "<row r=\"x\"/>")
                .toBytes();

        assertThat(Findings.quarantine(reader.read("a.xlsx", unordered)).message())
                .contains("tabblad 'Doelen' heeft rijen die niet op volgorde staan (rij 4 na rij 5)");
        assertThat(Findings.quarantine(reader.read("a.xlsx", pastTheEnd)).message())
                .contains("tabblad 'Doelen' heeft een rijnummer voorbij de laatste rij van Excel (1.048.576)");
        assertThat(Findings.quarantine(reader.read("a.xlsx", notANumber)).message())
                .contains("tabblad 'Doelen' heeft een ongeldig rijnummer");
    }

    @Test
    void aDefectFoundBeforeTheEndOfASheetIsStillReportedWhenNoLimitIsPassed() {
        byte[] xlsx = RawXlsx.workbook().sharedStrings("<si><t>D1</t></si>").sheet("Doelen", RawXlsx.tableHeader(GOALS)
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>7</v></c></row><row r=\"4\"><c r=\"A4\"><v>1</v></c></row>")
                .toBytes();

        Finding finding = Findings.quarantine(reader.read("bad-index.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("cel Doelen!A3 verwijst naar een tekst die niet bestaat");
    }

    @Test
    void entryNamesThatLeaveTheArchiveFolderAreNamedAsSuch() {
        for (String name : List.of("../evil.xml", "xl/../../evil.xml", "/etc/evil.xml", "xl\\worksheets\\evil.xml",
                "C:/evil.xml", "c:evil.xml", "..")) {
            byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS))
                    .part(name, "<?xml version=\"1.0\"?><x/>").toBytes();

            Finding finding = Findings.quarantine(reader.read("traversal.xlsx", xlsx));

            assertThat(finding.rule()).as(name).isEqualTo(RuleCode.BESTAND_PAD_BUITEN_MAP.name());
            assertThat(finding.message()).as(name).startsWith("Het bestand 'traversal.xlsx' bevat een onderdeel met "
                    + "een pad buiten de werkmap").contains("het archief bevat een onderdeel met een pad buiten de "
                    + "werkmap: '" + name + "'");
        }
    }

    @Test
    void anEntryNameThatClimbsButStaysInsideIsRead() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS))
                .part("xl/../docProps/extra.xml", "<?xml version=\"1.0\"?><x/>").toBytes();

        assertThat(reader.read("odd-name.xlsx", xlsx).quarantined()).isFalse();
    }

    @Test
    void aZipEncryptedEntryIsNamedAsAnEncryptedArchiveNotAsAnExcelPassword() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)).toBytes();
        String sheet = "xl/worksheets/sheet1.xml";

        byte[] encrypted = HostileZips.setMethodAndFlags(xlsx, sheet, 8, HostileZips.flagsOf(xlsx, sheet) | 1);

        Finding finding = Findings.quarantine(reader.read("zipped.xlsx", encrypted));
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_VERSLEUTELD.name());
        assertThat(finding.message()).contains("het onderdeel " + sheet + " is in het zip-archief versleuteld")
                .contains("zonder het bestand met een inpakprogramma te versleutelen")
                .doesNotContain("Versleutelen met wachtwoord");
    }

    @Test
    void anEntryPackedWithAnotherCompressionMethodIsNamedAsSuch() {
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS)).toBytes();
        String sheet = "xl/worksheets/sheet1.xml";

        byte[] bzip2 = HostileZips.setMethodAndFlags(xlsx, sheet, 12, HostileZips.flagsOf(xlsx, sheet));

        Finding finding = Findings.quarantine(reader.read("bzip2.xlsx", bzip2));
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("het onderdeel " + sheet + " is ingepakt met een compressiemethode die "
                + "een .xlsx-bestand niet gebruikt (methode 12)");
    }

    @Test
    void aZipWithTooManyEntriesSaysSoInsteadOfClaimingItUnpacksTooLarge() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i <= ReadLimits.defaults().maxZipEntries(); i++) {
            parts.put("xl/media/image" + i + ".bin", "x".getBytes(StandardCharsets.UTF_8));
        }

        Submission submission = reader.read("many.xlsx", RawXlsx.zip(parts));

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.message()).startsWith("Het bestand 'many.xlsx' bestaat uit onwaarschijnlijk veel onderdelen")
                .doesNotContain("pakt uit");
    }
}
