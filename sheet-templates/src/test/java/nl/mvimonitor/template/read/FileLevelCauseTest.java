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
    void aZipBombOfRepeatedRowsPastTheRowLimitIsNamedAsABombNotAsTooManyRows() {
        StringBuilder rows = new StringBuilder(RawXlsx.tableHeader(GOALS));
        rows.append("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>".repeat(400_000));
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", rows.toString()).toBytes();

        Finding finding = Findings.quarantine(reader.read("zip-bomb.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
        assertThat(finding.message()).contains("xl/worksheets/sheet1.xml").doesNotContain("rijen");
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
    void xmlBuiltToExhaustTheParserIsNamedAsSuchNotAsInvalidXml() {
        Map<String, String> built = new LinkedHashMap<>();
        built.put("elementen die meer dan 10.000 niveaus diep in elkaar zitten", "<extLst>" + "<x>".repeat(20_000) + "</x>".repeat(20_000)
                + "</extLst>");
        StringBuilder attributes = new StringBuilder("<extLst");
        for (int i = 0; i <= 10_000; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }
        built.put("een element met meer dan 10.000 attributen", attributes.append("/>").toString());
        built.put("een naam van meer dan 1.000 tekens", "<extLst><" + "x".repeat(2_000) + "/></extLst>");
        // random letters: a long tag that does not compress well, so no inflation limit is passed first
        java.util.Random random = new java.util.Random(9);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) {
            value.append((char) ('a' + random.nextInt(26)));
        }
        built.put("een tag of verwijzing van meer dan", "<extLst a=\"" + value + "\"/>");
        for (Map.Entry<String, String> part : built.entrySet()) {
            String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN_NS
                    + "\"><sheetData>" + RawXlsx.tableHeader(GOALS) + "</sheetData>" + part.getValue()
                    + "</worksheet>";
            byte[] xlsx = RawXlsx.workbook().sheet("Doelen", "").part("xl/worksheets/sheet1.xml", sheet).toBytes();

            Finding finding = Findings.quarantine(reader.read("built.xlsx", xlsx));

            assertThat(finding.rule()).as(part.getKey()).isEqualTo(RuleCode.BESTAND_ZIPBOM.name());
            assertThat(finding.message()).as(part.getKey()).startsWith("Het bestand 'built.xlsx' is zo opgebouwd dat "
                    + "het lezen ervan onwaarschijnlijk veel geheugen of tijd zou kosten")
                    .contains("het onderdeel xl/worksheets/sheet1.xml heeft " + part.getKey())
                    .doesNotContain("geen geldige XML");
        }
    }

    @Test
    void anAttributeGivenTwiceIsStillInvalidXml() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN_NS
                + "\"><sheetData>" + RawXlsx.tableHeader(GOALS) + "</sheetData><extLst a=\"1\" a=\"2\"/></worksheet>";
        byte[] xlsx = RawXlsx.workbook().sheet("Doelen", "").part("xl/worksheets/sheet1.xml", sheet).toBytes();

        Finding finding = Findings.quarantine(reader.read("twice.xlsx", xlsx));

        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
        assertThat(finding.message()).contains("het onderdeel xl/worksheets/sheet1.xml is geen geldige XML");
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
        for (String name : List.of("../evil.xml", "xl/../../evil.xml", "/etc/evil.xml", "..\\evil.xml",
                "xl\\..\\..\\evil.xml", "\\evil.xml", "\\\\server\\share\\evil.xml", "C:/evil.xml", "C:\\evil.xml",
                "c:evil.xml", "..", "..\0.xml")) {
            byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS))
                    .part(name, "<?xml version=\"1.0\"?><x/>").toBytes();

            Finding finding = Findings.quarantine(reader.read("traversal.xlsx", xlsx));

            assertThat(finding.rule()).as(name).isEqualTo(RuleCode.BESTAND_PAD_BUITEN_MAP.name());
            assertThat(finding.message()).as(name).startsWith("Het bestand 'traversal.xlsx' bevat een onderdeel met "
                    + "een pad buiten de werkmap").contains("het archief bevat een onderdeel met een pad buiten de "
                    + "werkmap: '" + name.replace('\0', '?') + "'");
        }
    }

    @Test
    void aBackslashNameThatStaysInsideIsNamedAsAnotherZipToolNotAsAPathOutside() {
        for (String name : List.of("xl\\worksheets\\evil.xml", "xl\\worksheets\\..\\evil.xml")) {
            byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS))
                    .part(name, "<?xml version=\"1.0\"?><x/>").toBytes();

            Finding finding = Findings.quarantine(reader.read("windows-zip.xlsx", xlsx));

            assertThat(finding.rule()).as(name).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
            assertThat(finding.message()).as(name).contains("het onderdeel '" + name + "' heeft een naam met een "
                    + "backslash").doesNotContain("buiten de werkmap");
        }
    }

    @Test
    void aControlCharacterInAnEntryNameThatStaysInsideIsNamedAsSuchNotAsAPathOutside() {
        for (String name : List.of("xl/a\0b.xml", "xl/x.xml\0/../../evil.xml", "xl/a\nb.xml")) {
            byte[] xlsx = RawXlsx.workbook().sheet("Doelen", RawXlsx.tableHeader(GOALS))
                    .part(name, "<?xml version=\"1.0\"?><x/>").toBytes();

            Finding finding = Findings.quarantine(reader.read("odd-name.xlsx", xlsx));

            assertThat(finding.rule()).as(name).isEqualTo(RuleCode.BESTAND_BESCHADIGD.name());
            assertThat(finding.message()).as(name).contains("bevat een stuurteken").doesNotContain("buiten de werkmap")
                    .doesNotContain("\0").doesNotContain("\n");
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
