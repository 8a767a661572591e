package nl.mvimonitor.sync.source.localfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.SpreadsheetSource;
import nl.mvimonitor.sync.source.SpreadsheetSourceContract;

class LocalFolderSourceTest implements SpreadsheetSourceContract {

    @TempDir
    Path root;

    @Override
    public SpreadsheetSource source() {
        return new LocalFolderSource("lokaal", root);
    }

    @Override
    public void putFile(String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Override
    public void replaceFile(String path, byte[] content) throws IOException {
        Path file = root.resolve(path);
        FileTime before = Files.getLastModifiedTime(file);
        Files.write(file, content);
        // a file system clock may be coarser than the test: make the save visibly later, as in real use
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    }

    @Override
    public void deleteFile(String path) throws IOException {
        Files.delete(root.resolve(path));
    }

    @Test
    void firstSubfolderIsTheUnitEvenForDeeperFiles() throws IOException {
        putFile("Zuiveringsbeheer/2024/P-017.xlsx", bytes("x"));
        putFile("los-bestand.xlsx", bytes("y"));

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Zuiveringsbeheer/2024/P-017.xlsx", "Zuiveringsbeheer"),
                org.assertj.core.groups.Tuple.tuple("los-bestand.xlsx", null));
    }

    @Test
    void skipsHiddenFilesHiddenFoldersAndNonWorkbooks() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("x"));
        putFile("Watersysteem/.P-003.xlsx", bytes("x"));
        putFile(".prullenbak/P-004.xlsx", bytes("x"));
        putFile("Watersysteem/notities.txt", bytes("x"));

        assertThat(source().list()).extracting(SourceFile::path).containsExactly("Watersysteem/P-003.xlsx");
    }

    @Test
    void matchesWorkbookExtensionsCaseInsensitively() throws IOException {
        putFile("Watersysteem/P-003.XLSX", bytes("x"));

        assertThat(source().list()).extracting(SourceFile::path).containsExactly("Watersysteem/P-003.XLSX");
    }

    @Test
    void fingerprintIsSizeModificationTimeAndAContentCheck() throws IOException {
        putFile("Watersysteem/P-003.xlsx", bytes("drie"));
        Files.setLastModifiedTime(root.resolve("Watersysteem/P-003.xlsx"), FileTime.fromMillis(1_700_000_000_000L));

        SourceFile file = source().list().get(0);

        assertThat(file.fingerprint()).matches("4@2023-11-14T22:13:20Z#[0-9a-f]{16}");
        assertThat(file.readable()).isTrue();
    }

    @Test
    void refusesToOpenPathsOutsideTheRoot() {
        SourceFile escape = new SourceFile("lokaal", "../geheim.xlsx", null, 1, null, "f");

        assertThatThrownBy(() -> source().open(escape)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listingAMissingRootFailsInsteadOfReportingNoFiles() {
        LocalFolderSource missing = new LocalFolderSource("lokaal", root.resolve("bestaat-niet"));

        assertThatThrownBy(missing::list).isInstanceOf(NoSuchFileException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
