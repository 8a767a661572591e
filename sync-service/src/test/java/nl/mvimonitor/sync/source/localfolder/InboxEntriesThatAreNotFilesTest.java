package nl.mvimonitor.sync.source.localfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.SourceFile.NotReadable;

/**
 * Links, named pipes and other entries that are not regular files: listed as not readable when they stand for a
 * workbook or a unit folder, never followed, never opened.
 */
class InboxEntriesThatAreNotFilesTest {

    @TempDir
    Path dir;

    private Path root() throws IOException {
        return Files.createDirectories(dir.resolve("inbox"));
    }

    private LocalFolderSource source() throws IOException {
        return new LocalFolderSource("lokaal", root());
    }

    private Path file(String path, String content) throws IOException {
        Path file = root().resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void aLinkToAWorkbookInsideTheRootIsListedAsALinkAndNotRead() throws IOException {
        Path real = file("Zuid/P-1.xlsx", "echt");
        Files.createSymbolicLink(root().resolve("Zuid/P-1 - snelkoppeling.xlsx"), real);

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable).containsExactly(
                tuple("Zuid/P-1 - snelkoppeling.xlsx", NotReadable.LINK_TO_FILE), tuple("Zuid/P-1.xlsx", null));
    }

    @Test
    void aLinkToAWorkbookOutsideTheRootIsListedAsALinkAndCannotBeOpened() throws IOException {
        Path outside = Files.writeString(dir.resolve("geheim.xlsx"), "buiten de bronmap");
        Files.createDirectories(root().resolve("Zuid"));
        Files.createSymbolicLink(root().resolve("Zuid/P-2.xlsx"), outside);

        SourceFile link = source().list().get(0);

        assertThat(link.notReadable()).isEqualTo(NotReadable.LINK_TO_FILE);
        assertThat(link.readable()).isFalse();
        assertThatThrownBy(() -> source().open(link)).isInstanceOf(IOException.class);
        // even as a file the listing gave out before: the link is not followed
        SourceFile asIfAFile = new SourceFile("lokaal", "Zuid/P-2.xlsx", "Zuid", 1, null, "f");
        assertThatThrownBy(() -> source().open(asIfAFile)).isInstanceOf(IOException.class);
    }

    @Test
    void aUnitFolderThatIsALinkOutsideTheRootIsListedAndNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elders/Noord"));
        Files.writeString(elsewhere.resolve("P-3.xlsx"), "buiten");
        Files.createSymbolicLink(root().resolve("Noord"), elsewhere);

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable)
                .containsExactly(tuple("Noord", NotReadable.LINK_TO_FOLDER));
    }

    @Test
    void aLinkToAFolderInsideTheRootIsListedOnceAndItsFilesNotTwice() throws IOException {
        file("Zuid/P-1.xlsx", "een");
        Files.createSymbolicLink(root().resolve("Zuid-kopie"), root().resolve("Zuid"));
        Files.createSymbolicLink(root().resolve("Zuid/2024"), root().resolve("Zuid"));

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable).containsExactly(
                tuple("Zuid-kopie", NotReadable.LINK_TO_FOLDER), tuple("Zuid/2024", NotReadable.LINK_TO_FOLDER),
                tuple("Zuid/P-1.xlsx", null));
    }

    @Test
    void brokenLinksAreListedWhereAWorkbookOrAUnitFolderCouldBe() throws IOException {
        Files.createDirectories(root().resolve("Zuid"));
        Files.createSymbolicLink(root().resolve("Zuid/P-4.xlsx"), dir.resolve("weg.xlsx"));
        Files.createSymbolicLink(root().resolve("Oost"), dir.resolve("weg"));
        Files.createSymbolicLink(root().resolve("Zuid/notities"), dir.resolve("weg.txt"));
        Files.createSymbolicLink(root().resolve("Zuid/lus.xlsx"), root().resolve("Zuid/lus.xlsx"));

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable).containsExactly(
                tuple("Oost", NotReadable.BROKEN_LINK), tuple("Zuid/P-4.xlsx", NotReadable.BROKEN_LINK),
                tuple("Zuid/lus.xlsx", NotReadable.BROKEN_LINK));
    }

    @Test
    void hiddenLinksAndLinksToOtherFilesAreLeftOutLikeAnyOtherFile() throws IOException {
        Path text = file("Zuid/notities.txt", "tekst");
        Files.createSymbolicLink(root().resolve("Zuid/leesmij"), text);
        Files.createSymbolicLink(root().resolve("Zuid/.P-1.xlsx"), text);

        assertThat(source().list()).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsListedWithoutBlockingAndNeverOpened() throws Exception {
        Files.createDirectories(root().resolve("Zuid"));
        mkfifo(root().resolve("Zuid/P-5.xlsx"));
        mkfifo(root().resolve("West"));
        mkfifo(root().resolve("Zuid/pijp"));

        assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable).containsExactly(
                tuple("West", NotReadable.SPECIAL_FILE), tuple("Zuid/P-5.xlsx", NotReadable.SPECIAL_FILE));
        SourceFile asIfAFile = new SourceFile("lokaal", "Zuid/P-5.xlsx", "Zuid", 0, null, "f");
        assertThatThrownBy(() -> source().open(asIfAFile)).isInstanceOf(IOException.class);
    }

    @Test
    void aSocketNamedLikeAWorkbookIsListedAsASpecialFile() throws IOException {
        Path socket = Files.createDirectories(root().resolve("Zuid")).resolve("P-6.xlsx");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThat(source().list()).extracting(SourceFile::path, SourceFile::notReadable)
                    .containsExactly(tuple("Zuid/P-6.xlsx", NotReadable.SPECIAL_FILE));
        }
    }

    @Test
    void aFileWhoseFolderBecameALinkOutOfTheRootIsNotOpened() throws IOException {
        file("Zuid/P-1.xlsx", "binnen");
        SourceFile listed = source().list().get(0);
        Path elsewhere = Files.createDirectories(dir.resolve("elders"));
        Files.writeString(elsewhere.resolve("P-1.xlsx"), "buiten");
        Files.delete(root().resolve("Zuid/P-1.xlsx"));
        Files.delete(root().resolve("Zuid"));
        Files.createSymbolicLink(root().resolve("Zuid"), elsewhere);

        assertThatThrownBy(() -> source().open(listed)).isInstanceOf(IOException.class);
    }

    @Test
    void aRootThatIsItselfALinkIsListedAsTheFolderItStandsFor() throws IOException {
        file("Zuid/P-1.xlsx", "een");
        Path linkedRoot = Files.createSymbolicLink(dir.resolve("inbox-link"), root());

        LocalFolderSource source = new LocalFolderSource("lokaal", linkedRoot);

        assertThat(source.list()).extracting(SourceFile::path, SourceFile::unit)
                .containsExactly(tuple("Zuid/P-1.xlsx", "Zuid"));
        try (var in = source.open(source.list().get(0))) {
            assertThat(in.readAllBytes()).asString().isEqualTo("een");
        }
    }

    @Test
    void replacingALinkByTheFileItselfChangesTheFingerprint() throws IOException {
        Path outside = Files.writeString(dir.resolve("P-1.xlsx"), "inhoud");
        Files.createDirectories(root().resolve("Zuid"));
        Path link = Files.createSymbolicLink(root().resolve("Zuid/P-1.xlsx"), outside);
        String before = source().list().get(0).fingerprint();

        Files.delete(link);
        Files.copy(outside, link);

        SourceFile now = source().list().get(0);
        assertThat(now.readable()).isTrue();
        assertThat(now.fingerprint()).isNotEqualTo(before);
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
