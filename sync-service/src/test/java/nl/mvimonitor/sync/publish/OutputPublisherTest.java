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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
