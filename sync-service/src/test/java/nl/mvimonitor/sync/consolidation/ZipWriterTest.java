package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipWriterTest {

    @TempDir
    Path folder;

    @Test
    void joinsSeparatelyCompressedPiecesIntoOneEntryThatInflatesToTheirText() throws IOException {
        byte[] zip = write(List.of(
                ZipWriter.piece(Chunk.of(0, bytes("<sheetData>"))),
                ZipWriter.piece(Chunk.of(1, bytes("<row><c/></row>".repeat(5000)))),
                ZipWriter.piece(Chunk.of(0, bytes(""))),
                ZipWriter.piece(Chunk.last(bytes("</sheetData>")))));
        Map<String, String> entries = readWithZipInputStream(zip);
        assertThat(entries).containsOnlyKeys("a.xml", "xl/worksheets/sheet1.xml");
        assertThat(entries.get("xl/worksheets/sheet1.xml"))
                .isEqualTo("<sheetData>" + "<row><c/></row>".repeat(5000) + "</sheetData>");
        assertThat(entries.get("a.xml")).isEqualTo("één");
    }

    @Test
    void writesACentralDirectoryThatZipFileReadsWithMatchingCrcs() throws IOException {
        Path file = folder.resolve("t.zip");
        Files.write(file, write(List.of(ZipWriter.piece(Chunk.of(0, bytes("x".repeat(100_000)))),
                ZipWriter.piece(Chunk.last(bytes("y"))))));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet.getSize()).isEqualTo(100_001);
            // ZipFile checks the CRC of the inflated bytes against the directory when the stream is read to its end
            assertThat(new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8))
                    .endsWith("xy");
        }
    }

    @Test
    void givesTheSameBytesForTheSameContent() throws IOException {
        List<ZipWriter.Piece> pieces = List.of(ZipWriter.piece(Chunk.last(bytes("<a/>"))));
        assertThat(write(pieces)).isEqualTo(write(pieces));
    }

    private static byte[] write(List<ZipWriter.Piece> sheetPieces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipWriter zip = new ZipWriter(out)) {
            zip.entry("a.xml", bytes("één"));
            zip.entry("xl/worksheets/sheet1.xml", sheetPieces);
        }
        return out.toByteArray();
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
