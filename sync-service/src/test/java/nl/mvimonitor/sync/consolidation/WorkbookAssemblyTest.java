package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.Zip64ExtendedInformationExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's zip as commons-compress writes it: stored compressed rows joined into a sheet as a raw entry. */
class WorkbookAssemblyTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String HEAD = "<worksheet><dimension ref=\"A1:C1\"/><sheetData><row r=\"1\"><c/></row>";
    private static final String TAIL = "</sheetData></worksheet>";

    @TempDir
    Path folder;

    @Test
    void rowsCompressedSeparatelyInflateAsOneSheetForAStreamingReader() throws IOException {
        String rows = "<row><c/></row>".repeat(5000);
        byte[] zip = assemble(List.of(Chunk.of(2, bytes(rows.substring(0, 15 * 2))),
                Chunk.of(4998, bytes(rows.substring(15 * 2))), Chunk.of(0, bytes(""))));
        // ZipInputStream reads the local headers only and checks the CRC of the inflated bytes against them
        Map<String, String> entries = readWithZipInputStream(zip);
        assertThat(entries).containsOnlyKeys("a.xml", SHEET);
        assertThat(entries.get(SHEET)).isEqualTo(HEAD.replace("A1:C1", "A1:C5001") + rows + TAIL);
        assertThat(entries.get("a.xml")).isEqualTo("één");
    }

    @Test
    void centralDirectoryGivesTheJoinedSheetsSizeAndCrc() throws IOException {
        Path file = folder.resolve("t.zip");
        Files.write(file, assemble(List.of(Chunk.of(1, bytes("<row><c><v>" + "x".repeat(100_000) + "</v></c></row>")),
                Chunk.of(1, bytes("<row><c><v>y</v></c></row>")))));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry(SHEET);
            String xml = HEAD.replace("A1:C1", "A1:C3") + "<row><c><v>" + "x".repeat(100_000) + "</v></c></row>"
                    + "<row><c><v>y</v></c></row>" + TAIL;
            assertThat(sheet.getSize()).isEqualTo(bytes(xml).length);
            // ZipFile checks the CRC of the inflated bytes against the directory when the stream is read to its end
            assertThat(new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(xml);
        }
    }

    @Test
    void sheetWithoutDataRowsKeepsItsHeaderDimension() throws IOException {
        Map<String, String> entries = readWithZipInputStream(assemble(List.of()));
        assertThat(entries.get(SHEET)).isEqualTo(HEAD + TAIL);
    }

    @Test
    void joinedSheetHasItsSizesInTheLocalHeaderAndNoZip64() throws IOException {
        Path file = folder.resolve("t.zip");
        Files.write(file, assemble(List.of(Chunk.of(1, bytes("<row><c/></row>")))));
        try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry sheet = zip.getEntry(SHEET);
            assertThat(sheet.getGeneralPurposeBit().usesDataDescriptor()).isFalse();
            assertThat(sheet.getGeneralPurposeBit().usesUTF8ForNames()).isTrue();
            // zip64 only where needed: a small workbook stays readable by every zip reader
            assertThat(Collections.list(zip.getEntries())).allSatisfy(entry -> assertThat(entry.getExtraFields())
                    .noneMatch(Zip64ExtendedInformationExtraField.class::isInstance));
        }
    }

    @Test
    void sameContentGivesTheSameBytesWithEntriesDatedTheFirstZipDay() throws IOException, InterruptedException {
        List<Chunk> rows = List.of(Chunk.of(1, bytes("<row><c/></row>")));
        byte[] first = assemble(rows);
        Thread.sleep(2100); // zip times have two-second steps: a written clock time would now differ
        assertThat(assemble(rows)).isEqualTo(first);
        Path file = folder.resolve("t.zip");
        Files.write(file, first);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(Collections.list(zip.entries())).allSatisfy(entry -> assertThat(entry.getTimeLocal())
                    .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0)));
        }
    }

    @Test
    void callersStreamStaysOpenAndHoldsTheWholeZip() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                target.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new WorkbookAssembly(Map.of(SHEET, part(List.of()))).write(skeleton(), out);
        assertThat(closed[0]).isFalse();
        assertThat(readWithZipInputStream(target.toByteArray())).containsOnlyKeys("a.xml", SHEET);
    }

    /** A skeleton as POI writes one, with a plain part and a header-only sheet, joined with {@code rows}. */
    private byte[] assemble(List<Chunk> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookAssembly(Map.of(SHEET, part(rows))).write(skeleton(), out);
        return out.toByteArray();
    }

    private Path skeleton() throws IOException {
        Path file = Files.createTempFile(folder, "skeleton", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("a.xml"));
            zip.write(bytes("één"));
            zip.putNextEntry(new ZipEntry(SHEET));
            zip.write(bytes(HEAD + TAIL));
        }
        return file;
    }

    private TabSpool.Part part(List<Chunk> chunks) throws IOException {
        Path file = Files.createTempFile(folder, "tab-", ".part");
        TabSpool.Part part = new TabSpool.Part("Blad", file);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (Chunk chunk : chunks) {
                out.write(chunk.deflated());
                part.add(chunk.crc(), chunk.rawLength(), chunk.deflated().length, chunk.rows());
            }
        }
        return part;
    }

    private static Map<String, String> readWithZipInputStream(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
