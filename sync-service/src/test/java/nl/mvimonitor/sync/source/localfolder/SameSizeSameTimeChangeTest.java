package nl.mvimonitor.sync.source.localfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.source.SourceFile;

/**
 * A file saved again with the same size and the same modification time (set back, or copied with {@code cp -p}) still
 * gets a new fingerprint, so it is read again: for zips from their central directory, else from the bytes.
 */
class SameSizeSameTimeChangeTest {

    @TempDir
    Path root;

    @Test
    void aWorkbookWithOnePartChangedUnderItsOldTimeGetsANewFingerprint() throws IOException {
        assertChangeIsNoticed(zip(part(40_000, 1), 3, "gelijk", null), zip(part(40_000, 2), 3, "gelijk", null));
    }

    @Test
    void aWorkbookWithManyPartsWhoseCentralDirectoryIsNotInTheLastFewKilobytes() throws IOException {
        assertChangeIsNoticed(zip(part(60_000, 1), 300, "gelijk", null), zip(part(60_000, 1), 300, "anders", null));
    }

    @Test
    void aWorkbookWithAZipCommentAtItsEnd() throws IOException {
        assertChangeIsNoticed(zip(part(40_000, 1), 3, "gelijk", "opmerking"),
                zip(part(40_000, 3), 3, "gelijk", "opmerking"));
    }

    @Test
    void aSmallFileIsComparedWhole() throws IOException {
        assertChangeIsNoticed("versie 1".getBytes(), "versie 2".getBytes());
    }

    @Test
    void aLargeFileThatIsNoZipIsComparedWhole() throws IOException {
        byte[] before = part(200_000, 4);
        byte[] after = before.clone();
        after[100_000] ^= 1;
        assertChangeIsNoticed(before, after);
    }

    @Test
    void aDamagedCentralDirectoryFallsBackToTheBytes() throws IOException {
        byte[] before = zip(part(40_000, 1), 3, "gelijk", null);
        // end record pointing past the end: not usable, so the file is hashed whole
        byte[] broken = before.clone();
        broken[broken.length - 3] = (byte) 0x7f;
        byte[] brokenOther = broken.clone();
        brokenOther[1000] ^= 1;
        assertChangeIsNoticed(broken, brokenOther);
    }

    @Test
    void theSameBytesWrittenAgainKeepTheFingerprint() throws IOException {
        byte[] content = zip(part(40_000, 1), 3, "gelijk", null);
        Path file = write(content);
        FileTime time = Files.getLastModifiedTime(file);
        String first = listed().fingerprint();

        Files.write(file, content);
        Files.setLastModifiedTime(file, time);

        assertThat(listed().fingerprint()).isEqualTo(first);
    }

    private void assertChangeIsNoticed(byte[] before, byte[] after) throws IOException {
        assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
        Path file = write(before);
        FileTime time = Files.getLastModifiedTime(file);
        String first = listed().fingerprint();

        Files.write(file, after);
        Files.setLastModifiedTime(file, time);

        SourceFile again = listed();
        assertThat(again.sizeBytes()).isEqualTo(before.length);
        assertThat(again.lastModified()).isEqualTo(time.toInstant());
        assertThat(again.fingerprint()).isNotEqualTo(first);
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createDirectories(root.resolve("Zuid")).resolve("P-1.xlsx");
        return Files.write(file, content);
    }

    private SourceFile listed() throws IOException {
        return new LocalFolderSource("lokaal", root).list().get(0);
    }

    private static byte[] part(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A stored (uncompressed) zip, so a part's change keeps the size: the sheet, then {@code parts} parts of six
     * bytes, the last one {@code lastPart}.
     */
    private static byte[] zip(byte[] sheet, int parts, String lastPart, String comment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            store(zip, "xl/worksheets/sheet1.xml", sheet);
            for (int i = 0; i < parts; i++) {
                store(zip, "xl/deel" + String.format("%04d", i) + ".xml", (i == parts - 1 ? lastPart : "gelijk")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            zip.setComment(comment);
        }
        return bytes.toByteArray();
    }

    private static void store(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
