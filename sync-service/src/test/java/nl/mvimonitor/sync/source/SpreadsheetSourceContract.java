package nl.mvimonitor.sync.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What every {@link SpreadsheetSource} adapter must do. An adapter's test implements this interface and provides
 * the fixture operations against its storage (a temp folder, WireMock stubs of a cloud API, ...). Each test starts
 * from an empty source.
 */
public interface SpreadsheetSourceContract {

    /** The adapter under test, looking at the storage the fixture operations change. */
    SpreadsheetSource source();

    /** Creates a file at {@code path} ({@code /} separators) with the given content. */
    void putFile(String path, byte[] content) throws IOException;

    /**
     * Replaces the content of an existing file the way a user saving it again would (a later modification time, a
     * new eTag): the adapter's fingerprint must notice, even when the size stays the same.
     */
    void replaceFile(String path, byte[] content) throws IOException;

    /** Removes a file. */
    void deleteFile(String path) throws IOException;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private SourceFile listed(String path) throws IOException {
        return source().list().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + path));
    }

    @Test
    default void listsWorkbooksWithPathUnitAndSize() throws IOException {
        putFile("Zuiveringsbeheer/P-017.xlsx", bytes("zeventien"));
        putFile("Watersysteem/P-003.xlsx", bytes("drie"));

        List<SourceFile> files = source().list();

        assertThat(files).extracting(SourceFile::path)
                .containsExactlyInAnyOrder("Zuiveringsbeheer/P-017.xlsx", "Watersysteem/P-003.xlsx");
        SourceFile file = listed("Zuiveringsbeheer/P-017.xlsx");
        assertThat(file.sourceId()).isEqualTo(source().id());
        assertThat(file.unit()).isEqualTo("Zuiveringsbeheer");
        assertThat(file.name()).isEqualTo("P-017.xlsx");
        assertThat(file.sizeBytes()).isEqualTo(9);
        assertThat(file.lastModified()).isNotNull();
    }

    @Test
    default void fingerprintIsStableWhileContentIsUnchanged() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("drie"));

        String first = listed("Watersysteem/P-003.xlsx").fingerprint();
        String second = listed("Watersysteem/P-003.xlsx").fingerprint();

        assertThat(second).isEqualTo(first);
    }

    @Test
    default void fingerprintChangesWhenContentChanges() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("versie 1"));
        String before = listed("Watersysteem/P-003.xlsx").fingerprint();

        replaceFile("Watersysteem/P-003.xlsx", bytes("versie 2"));

        assertThat(listed("Watersysteem/P-003.xlsx").fingerprint()).isNotEqualTo(before);
    }

    @Test
    default void openReturnsTheBytes() throws IOException {
        byte[] content = {0x50, 0x4b, 0x03, 0x04, 0, 1, 2, (byte) 0xff};
        putFile("Watersysteem/P-003.xlsx", content);

        try (InputStream in = source().open(listed("Watersysteem/P-003.xlsx"))) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    default void ignoresOfficeLockFiles() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("drie"));
        putFile("Watersysteem/~$P-003.xlsx", bytes("lock"));

        assertThat(source().list()).extracting(SourceFile::path).containsExactly("Watersysteem/P-003.xlsx");
    }

    @Test
    default void listsOtherWorkbookFormatsSoTheyGetAFinding() throws IOException {
        putFile("Watersysteem/met-macro.xlsm", bytes("macro"));
        putFile("Watersysteem/oud-formaat.xls", bytes("oud"));

        assertThat(source().list()).extracting(SourceFile::path)
                .contains("Watersysteem/met-macro.xlsm", "Watersysteem/oud-formaat.xls");
    }

    @Test
    default void deletedFilesDisappear() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("drie"));
        putFile("Watersysteem/P-004.xlsx", bytes("vier"));

        deleteFile("Watersysteem/P-003.xlsx");

        assertThat(source().list()).extracting(SourceFile::path).containsExactly("Watersysteem/P-004.xlsx");
    }
}
