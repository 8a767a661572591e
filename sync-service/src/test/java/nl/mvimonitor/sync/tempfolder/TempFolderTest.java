package nl.mvimonitor.sync.tempfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFolderTest {

    @TempDir
    Path dir;

    @AfterEach
    void givePoiItsDefaultBack() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void aMissingTemporaryFolderIsCreated() throws IOException {
        Path root = dir.resolve("mvi-data/tmp");

        try (TempFolder folder = new TempFolder(root)) {
            assertThat(folder.folder()).isDirectory().startsWith(root);
        }
    }

    @Test
    void whatEarlierProcessesLeftIsRemovedAtStart() throws IOException {
        Path root = Files.createDirectories(dir.resolve("tmp"));
        Path killedProcess = Files.createDirectories(root.resolve("proces-4711-0badcafe/mvi-overzicht-1"));
        Files.writeString(killedProcess.getParent().resolve(".in-gebruik"), "");
        Files.write(killedProcess.resolve("tab-1.part"), new byte[10_000]);
        Path killedEarly = Files.createDirectories(root.resolve("proces-4712-0badcafe"));

        try (TempFolder folder = new TempFolder(root)) {
            try (var left = Files.list(root)) {
                assertThat(left).containsExactly(folder.folder());
            }
        }
        assertThat(killedEarly).doesNotExist();
    }

    @Test
    void aTempFolderSetToAFolderWithOtherFilesKeepsThemAndRemovesOnlyWhatTheServiceLeft() throws IOException {
        // mvi.temp.dir set by mistake to the data folder, or to /tmp: only the service's own folders may go
        Path root = Files.createDirectories(dir.resolve("mvi-data"));
        Path inbox = Files.writeString(Files.createDirectories(root.resolve("inbox/Zuid")).resolve("P-1.xlsx"), "blad");
        Path poiFiles = Files.writeString(Files.createDirectories(root.resolve("poifiles")).resolve("poi-1.xml"), "x");
        Path looseFile = Files.writeString(root.resolve("los-bestand.tmp"), "oud");
        Path namedLikeOurs = Files.writeString(root.resolve("proces-4711-0badcafe"), "een bestand, geen map");
        Path otherProcessName = Files.createDirectories(root.resolve("proces-van-iemand-anders"));
        Path link = Files.createSymbolicLink(root.resolve("proces-4713-0badcafe"), inbox.getParent());
        Path killedProcess = Files.createDirectories(root.resolve("proces-4714-0badcafe"));

        try (TempFolder folder = new TempFolder(root)) {
            assertThat(folder.folder()).isDirectory();
        }

        assertThat(inbox).hasContent("blad");
        assertThat(poiFiles).exists();
        assertThat(looseFile).exists();
        assertThat(namedLikeOurs).exists();
        assertThat(otherProcessName).isDirectory();
        assertThat(link).isSymbolicLink();
        assertThat(killedProcess).doesNotExist();
    }

    @Test
    void theFolderOfAnotherLivingApplicationStays() throws IOException {
        Path root = dir.resolve("tmp");
        try (TempFolder first = new TempFolder(root)) {
            Path work = Files.writeString(first.newFolder("mvi-overzicht-").resolve("skeleton.xlsx"), "bezig");

            try (TempFolder second = new TempFolder(root)) {
                assertThat(work).hasContent("bezig");
                assertThat(second.folder()).isNotEqualTo(first.folder());
            }
            assertThat(work).exists();
        }
    }

    @Test
    void poiWritesItsTemporaryFilesInTheServiceFolderAndGetsTheDefaultBackAtClose() throws IOException {
        Path root = dir.resolve("tmp");
        Path own;
        try (TempFolder folder = new TempFolder(root)) {
            own = folder.folder();
            File poiFile = TempFile.createTempFile("poi-sxssf-sheet", ".xml");

            assertThat(poiFile.toPath()).startsWith(own);
        }

        assertThat(own).doesNotExist();
        assertThat(TempFile.createTempFile("poi-test", ".tmp").toPath().startsWith(root)).isFalse();
    }

    @Test
    void aNestedApplicationGivesPoiTheOuterFolderBackWhenItCloses() throws IOException {
        try (TempFolder outer = new TempFolder(dir.resolve("buiten"))) {
            try (TempFolder inner = new TempFolder(dir.resolve("binnen"))) {
                assertThat(TempFile.createTempFile("poi", ".tmp").toPath()).startsWith(inner.folder());
            }

            assertThat(TempFile.createTempFile("poi", ".tmp").toPath()).startsWith(outer.folder());
        }
    }

    /**
     * The machine-wide folder POI uses by default ({@code <tmp>/poifiles}) may belong to another account; here a
     * file stands in its place (root may write anywhere), which breaks POI the same way.
     */
    @Test
    void aMachineWidePoiFolderThatCannotBeUsedDoesNotBreakWritingAWorkbook() throws IOException {
        Path machineTmp = Files.createDirectories(dir.resolve("machine-tmp"));
        Path machineWide = Files.writeString(machineTmp.resolve("poifiles"), "van een ander account");
        TempFile.setTempFileCreationStrategy(PoiDefaults.withMachineTemp(machineWide.getParent()));

        try (TempFolder folder = new TempFolder(dir.resolve("mvi-data/tmp"));
                SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            workbook.createSheet("Projecten").createRow(0).createCell(0).setCellValue("P-2024-001");
            workbook.write(java.io.OutputStream.nullOutputStream());
        }

        assertThat(machineWide).isRegularFile().hasContent("van een ander account");
    }
}
