package nl.mvimonitor.sync.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPublisherTest {

    @TempDir
    Path out;

    private final OutputPublisher publisher = new OutputPublisher();

    @Test
    void writesANewOutputCreatingTheFolder() throws IOException {
        Path target = out.resolve("nieuw/MVI-overzicht.xlsx");

        publisher.publish(target, stream -> stream.write(bytes("versie 1")));

        assertThat(target).hasBinaryContent(bytes("versie 1"));
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void replacesThePreviousOutput() throws IOException {
        Path target = Files.write(out.resolve("MVI-overzicht.xlsx"), bytes("oud"));

        publisher.publish(target, stream -> stream.write(bytes("nieuw")));

        assertThat(target).hasBinaryContent(bytes("nieuw"));
    }

    @Test
    void aWriterFailingHalfwayLeavesThePreviousOutputIntactAndNoTemporaryFile() throws IOException {
        Path target = Files.write(out.resolve("MVI-overzicht.xlsx"), bytes("vorige versie"));

        assertThatThrownBy(() -> publisher.publish(target, stream -> {
            stream.write(new byte[100_000]);
            throw new IOException("schijf vol");
        })).hasMessage("schijf vol");

        assertThat(target).hasBinaryContent(bytes("vorige versie"));
        assertThat(Files.list(out)).containsExactly(target);
    }

    @Test
    void whenOneOfSeveralOutputsFailsNoneIsReplaced() throws IOException {
        Path first = Files.write(out.resolve("MVI-overzicht.xlsx"), bytes("overzicht oud"));
        Path second = Files.write(out.resolve("MVI-bestuursrapportage.xlsx"), bytes("bestuur oud"));
        Map<Path, OutputWriter> outputs = new LinkedHashMap<>();
        outputs.put(first, stream -> stream.write(bytes("overzicht nieuw")));
        outputs.put(second, stream -> {
            stream.write(bytes("half"));
            throw new IllegalStateException("schrijver stuk");
        });

        assertThatThrownBy(() -> publisher.publishAll(outputs)).isInstanceOf(IllegalStateException.class);

        assertThat(first).hasBinaryContent(bytes("overzicht oud"));
        assertThat(second).hasBinaryContent(bytes("bestuur oud"));
        assertThat(Files.list(out)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void reportsTheSizeAndHashOfWhatItWroteWithoutReadingItBack() throws Exception {
        Path target = out.resolve("MVI-overzicht.xlsx");
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);

        PublishedFile published = publisher.publish(target, stream -> {
            stream.write(content, 0, 1000);
            for (int i = 1000; i < 2000; i++) {
                stream.write(content[i]);
            }
            stream.write(content, 2000, content.length - 2000);
        });

        assertThat(published.target()).isEqualTo(target.toAbsolutePath());
        assertThat(published.sizeBytes()).isEqualTo(content.length);
        assertThat(published.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(published.lastModified()).isEqualTo(Files.getLastModifiedTime(target).toInstant());
    }

    @Test
    void anEmptyFolderInPlaceOfTheOutputIsReplaced() throws IOException {
        Path target = Files.createDirectory(out.resolve("MVI-overzicht.xlsx"));

        publisher.publish(target, stream -> stream.write(bytes("nieuw")));

        assertThat(target).isRegularFile().hasBinaryContent(bytes("nieuw"));
    }

    @Test
    void aFolderWithContentInPlaceOfTheOutputIsRenamedWithItsContent() throws IOException {
        Path target = Files.createDirectory(out.resolve("MVI-overzicht.xlsx"));
        Files.writeString(target.resolve("van-iemand.txt"), "bewaren");

        publisher.publish(target, stream -> stream.write(bytes("nieuw")));

        assertThat(target).isRegularFile().hasBinaryContent(bytes("nieuw"));
        try (var files = Files.list(out)) {
            Path aside = files.filter(Files::isDirectory).findFirst().orElseThrow();
            assertThat(aside.getFileName().toString()).startsWith("MVI-overzicht.xlsx (map, verplaatst ");
            assertThat(aside.resolve("van-iemand.txt")).hasContent("bewaren");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
