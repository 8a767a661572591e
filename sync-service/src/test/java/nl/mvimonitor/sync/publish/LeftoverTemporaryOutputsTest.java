package nl.mvimonitor.sync.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary output files that a killed run left behind are removed by the next run, and nothing else is. */
class LeftoverTemporaryOutputsTest {

    private static final String OVERVIEW = "MVI-overzicht.xlsx";
    private static final String BOARD = "MVI-bestuursrapportage.xlsx";

    @TempDir
    Path out;

    private final OutputPublisher publisher = new OutputPublisher();

    @Test
    void leftoversOfAKilledRunAreRemovedWhateverTheirAge() throws IOException {
        Path overview = Files.writeString(out.resolve(OVERVIEW), "overzicht");
        Path justNow = leftover(OVERVIEW, Duration.ZERO);
        Path lastHour = leftover(OVERVIEW, Duration.ofMinutes(50));
        Path lastYear = leftover(BOARD, Duration.ofDays(400));

        publisher.removeLeftovers(List.of(overview, out.resolve(BOARD)));

        assertThat(justNow).doesNotExist();
        assertThat(lastHour).doesNotExist();
        assertThat(lastYear).doesNotExist();
        assertThat(Files.list(out)).containsExactly(overview);
    }

    @Test
    void filesThatOnlyLookLikeLeftoversStay() throws IOException {
        String uuid = UUID.randomUUID().toString();
        List<Path> others = List.of(
                file(OVERVIEW),
                file(BOARD),
                file("." + OVERVIEW + ".notities.tmp"),
                file("." + OVERVIEW + "." + uuid + ".tmp.bak"),
                file(OVERVIEW + "." + uuid + ".tmp"),
                file("." + OVERVIEW + "." + uuid.toUpperCase() + ".tmp"),
                file("." + OVERVIEW + "." + uuid + "x.tmp"),
                file(".kopie-" + OVERVIEW + "." + uuid + ".tmp"),
                file(".MVI-overzicht (2).xlsx." + uuid + ".tmp"),
                file("." + OVERVIEW + ".tmp"),
                file("." + OVERVIEW + "..tmp"),
                file("~$" + OVERVIEW));
        Path folderWithTheName = Files.createDirectory(out.resolve("." + OVERVIEW + "." + uuid + ".tmp"));

        publisher.removeLeftovers(List.of(out.resolve(OVERVIEW)));

        assertThat(others).allMatch(Files::exists);
        assertThat(folderWithTheName).isDirectory();
    }

    @Test
    void onlyTheLeftoversOfTheOutputsBeingPublishedAreRemoved() throws IOException {
        Path ofOverview = leftover(OVERVIEW, Duration.ofDays(1));
        Path ofAnotherOutput = leftover("Oefenbestand.xlsx", Duration.ofDays(1));
        Path inAnotherFolder = Files.createDirectory(out.resolve("archief")).resolve(
                "." + OVERVIEW + "." + UUID.randomUUID() + ".tmp");
        Files.writeString(inAnotherFolder, "half");

        publisher.removeLeftovers(List.of(out.resolve(OVERVIEW)));

        assertThat(ofOverview).doesNotExist();
        assertThat(ofAnotherOutput).exists();
        assertThat(inAnotherFolder).exists();
    }

    @Test
    void theTemporaryFileOfAnOutputBeingWrittenInThisProcessStays() throws Exception {
        Path target = out.resolve(OVERVIEW);
        Path killed = leftover(OVERVIEW, Duration.ofHours(3));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch swept = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> publishing = thread.submit(() -> {
                publisher.publish(target, stream -> {
                    stream.write(bytes("half"));
                    stream.flush();
                    writing.countDown();
                    await(swept);
                    stream.write(bytes(" en af"));
                });
                return null;
            });
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            publisher.removeLeftovers(List.of(target));
            swept.countDown();
            publishing.get(10, TimeUnit.SECONDS);
        } finally {
            swept.countDown();
            thread.shutdownNow();
        }

        assertThat(killed).doesNotExist();
        assertThat(target).hasContent("half en af");
        assertThat(Files.list(out)).containsExactly(target);
    }

    @Test
    void aMissingOutputFolderHasNoLeftoversAndIsNotCreated() {
        Path target = out.resolve("nog-niet/" + OVERVIEW);

        publisher.removeLeftovers(List.of(target));

        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aTemporaryFileOfAFailedWriteIsNotLeftForTheNextRun() throws IOException {
        Path target = Files.writeString(out.resolve(OVERVIEW), "vorige versie");

        try {
            publisher.publish(target, stream -> {
                throw new IOException("No space left on device");
            });
        } catch (IOException expected) {
            // the run fails; what matters is what stays behind
        }

        assertThat(Files.list(out)).containsExactly(target);
    }

    private Path leftover(String outputName, Duration age) throws IOException {
        Path file = Files.write(out.resolve("." + outputName + "." + UUID.randomUUID() + ".tmp"), new byte[4096]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private Path file(String name) throws IOException {
        return Files.writeString(out.resolve(name), "niet van de dienst");
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
