package nl.mvimonitor.sync.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each common cause of a failed run, said in Dutch with the folder or file it happened in. */
class FailureTextTest {

    @TempDir
    Path dir;
    private Path inbox;
    private Path out;
    private Path db;
    private ServicePlaces places;

    @BeforeEach
    void setUp() {
        inbox = dir.resolve("inbox");
        out = dir.resolve("out");
        db = dir.resolve("db");
        places = new ServicePlaces(List.of(new KnownPlace(PlaceKind.INBOX, inbox),
                new KnownPlace(PlaceKind.OUTPUT, out), new KnownPlace(PlaceKind.DATABASE, db)));
    }

    @Test
    void aFolderThatCouldNotBeMadeInAReadOnlyTempFolderNamesTheTempFolder() throws IOException {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        ServicePlaces withTemp = new ServicePlaces(List.of(new KnownPlace(PlaceKind.TEMP, temp)));

        String reason = FailureText.reason(new AccessDeniedException(temp.resolve("proces-1-abc").toString()),
                withTemp);

        assertThat(reason).isEqualTo("geen toegang tot de tijdelijke map " + temp
                + " (het account van de dienst mag daar niet lezen of schrijven)");
    }

    @Test
    void anOutputThatCouldNotBeWrittenInAFolderWithoutAccessNamesTheFolder() throws IOException {
        Files.createDirectories(out);

        String reason = reason(new AccessDeniedException(out.resolve("MVI-overzicht.xlsx").toString()));

        assertThat(reason).isEqualTo("geen toegang tot de uitvoermap " + out
                + " (het account van de dienst mag daar niet lezen of schrijven)");
    }

    @Test
    void aFileInPlaceOfTheOutputFolder() throws IOException {
        Files.writeString(out, "geen map");

        Throwable failure = catchThrowable(() -> Files.createDirectories(out));

        assertThat(reason(failure)).isEqualTo("de uitvoermap " + out + " is een bestand, geen map");
    }

    @Test
    void aFileInPlaceOfAFolderAboveTheOutputFolder() throws IOException {
        Path blocked = Files.writeString(dir.resolve("gedeeld"), "geen map");
        ServicePlaces deeper = new ServicePlaces(List.of(new KnownPlace(PlaceKind.OUTPUT, blocked.resolve("out"))));

        Throwable failure = catchThrowable(() -> Files.createDirectories(blocked.resolve("out")));

        assertThat(FailureText.reason(failure, deeper)).contains(blocked.toString()).contains("een bestand");
    }

    @Test
    void aMissingInbox() {
        Throwable failure = catchThrowable(() -> Files.newDirectoryStream(inbox));

        assertThat(reason(failure)).isEqualTo("de inbox " + inbox + " bestaat niet of is niet bereikbaar");
    }

    @Test
    void noPermissionOnTheOutputFolder() throws IOException {
        Files.createDirectories(out);

        String reason = reason(new AccessDeniedException(out.toString()));

        assertThat(reason).startsWith("geen toegang tot de uitvoermap " + out)
                .contains("het account van de dienst mag daar niet lezen of schrijven");
    }

    @Test
    void noPermissionOnAnOutputFileMayAlsoMeanItIsOpenInExcel() {
        String reason = reason(new AccessDeniedException(out.resolve("MVI-overzicht.xlsx").toString()));

        assertThat(reason).startsWith("geen toegang tot het bestand MVI-overzicht.xlsx in de uitvoermap " + out)
                .contains("geopend in een ander programma");
    }

    @Test
    void aDiskFullWhileWritingATemporaryOutput() {
        Path temp = out.resolve(".MVI-overzicht.xlsx.0b1c2d3e-0000-4000-8000-000000000000.tmp");

        assertThat(reason(new FileSystemException(temp.toString(), null, "No space left on device")))
                .isEqualTo("de schijf is vol (het bestand " + temp.getFileName() + " in de uitvoermap " + out + ")");
        assertThat(reason(new FileSystemException(temp.toString(), null, "Disk quota exceeded")))
                .startsWith("de schijf is vol");
        assertThat(reason(new FileSystemException(temp.toString(), null, "There is not enough space on the disk")))
                .startsWith("de schijf is vol");
    }

    @Test
    void aDiskFullReportedWithoutAPathByAStream() {
        IOException write = new IOException("No space left on device");

        assertThat(reason(new IOException("writing an output failed", write))).isEqualTo("de schijf is vol");
        assertThat(reason(new UncheckedIOException(write))).isEqualTo("de schijf is vol");
    }

    @Test
    void anOutputOpenInAnotherProgram() {
        String reason = reason(new FileSystemException(out.resolve("MVI-bestuursrapportage.xlsx").toString(), null,
                "The process cannot access the file because it is being used by another process"));

        assertThat(reason).isEqualTo("het bestand MVI-bestuursrapportage.xlsx in de uitvoermap " + out
                + " is geopend of vergrendeld door een ander programma (bijvoorbeeld Excel)");
    }

    @Test
    void replacingAnOutputOpenInExcelNamesTheOutputNotTheTemporaryFile() {
        String temp = out.resolve(".MVI-overzicht.xlsx.0b1c2d3e-0000-4000-8000-000000000000.tmp").toString();
        String target = out.resolve("MVI-overzicht.xlsx").toString();

        assertThat(reason(new AccessDeniedException(temp, target, null)))
                .startsWith("geen toegang tot het bestand MVI-overzicht.xlsx in de uitvoermap " + out)
                .contains("geopend in een ander programma");
        assertThat(reason(new FileSystemException(temp, target,
                "The process cannot access the file because it is being used by another process")))
                .startsWith("het bestand MVI-overzicht.xlsx in de uitvoermap " + out + " is geopend of vergrendeld");
    }

    @Test
    void javaIoReportsThePathAndTheReasonInItsMessage() {
        assertThat(reason(new FileNotFoundException(out.resolve("MVI-overzicht.xlsx") + " (Permission denied)")))
                .startsWith("geen toegang tot het bestand MVI-overzicht.xlsx in de uitvoermap " + out);
        assertThat(reason(new FileNotFoundException(inbox + " (No such file or directory)")))
                .isEqualTo("de inbox " + inbox + " bestaat niet of is niet bereikbaar");
    }

    @Test
    void aUsersFileNameIsNeverShown() {
        Path sheet = inbox.resolve("Zuid/P-2024-001 jan.jansen@example.nl 123456782.xlsx");

        String reason = reason(new AccessDeniedException(sheet.toString()));

        assertThat(reason).startsWith("geen toegang tot een bestand in de inbox " + inbox)
                .doesNotContain("jansen", "123456782", "Zuid");
    }

    @Test
    void theH2DatabaseInUseByAnotherProcess() {
        SQLException locked = new SQLException("Database may be already in use: \"" + db + "/mvi.mv.db\"",
                "90020", FailureText.H2_DATABASE_IN_USE);

        String reason = reason(new IllegalStateException("Failed to load ApplicationContext",
                new RuntimeException("Flyway", locked)));

        assertThat(reason).startsWith("de database in " + db + " is in gebruik door een ander MVI-monitor-proces");
    }

    @Test
    void aDatabaseThatCannotBeReached() {
        SQLException refused = new SQLException("Connection to db:5432 refused", "08001");

        assertThat(reason(new RuntimeException(refused))).isEqualTo("de database in " + db + " is niet bereikbaar");
        assertThat(FailureText.reason(refused, ServicePlaces.none())).isEqualTo("de database is niet bereikbaar");
    }

    @Test
    void aDatabaseLockHeldTooLong() {
        SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00", FailureText.H2_LOCK_TIMEOUT);

        assertThat(reason(timeout)).startsWith("de database in " + db + " is bezet door een ander proces");
    }

    @Test
    void anUnknownCauseNamesItsKindButNotItsMessageWhichMayQuoteContent() {
        String reason = reason(new IllegalStateException("cel C7: Jan Jansen"));

        assertThat(reason).isEqualTo("onverwachte fout (IllegalStateException)");
        assertThat(FailureText.isUnexpected(reason)).isTrue();
    }

    private String reason(Throwable failure) {
        return FailureText.reason(failure, places);
    }
}
