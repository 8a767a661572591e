package nl.mvimonitor.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedCacheTest {

    @TempDir
    Path folder;

    @Test
    void keepsValuesInOnePackFileAndFindsThemAgainAfterARestart() throws IOException {
        PackedCache cache = PackedCache.in(folder.resolve("a"));
        for (int i = 0; i < 500; i++) {
            cache.put("k" + i, ("waarde " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(packs(folder.resolve("a"))).hasSize(1);

        PackedCache reopened = reopen(folder.resolve("a"));
        assertThat(reopened.keys()).hasSize(500);
        assertThat(reopened.get("k317")).hasValueSatisfying(
                v -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo("waarde 317"));
        assertThat(reopened.get("onbekend")).isEmpty();
    }

    @Test
    void theLastValueOfAKeyWins() {
        PackedCache cache = PackedCache.in(folder.resolve("b"));
        cache.put("k", new byte[] {1});
        cache.put("k", new byte[] {2});
        assertThat(cache.get("k")).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
        assertThat(reopen(folder.resolve("b")).get("k")).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
    }

    @Test
    void aValueWithDamagedBytesIsMissingAndACutOffRecordIsIgnored() throws IOException {
        Path dir = folder.resolve("c");
        PackedCache cache = PackedCache.in(dir);
        cache.put("goed", "eerste".getBytes(StandardCharsets.UTF_8));
        cache.put("stuk", "tweede".getBytes(StandardCharsets.UTF_8));
        Path pack = packs(dir).get(0);
        byte[] bytes = Files.readAllBytes(pack);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("tweede");
        bytes[at] = 'X';
        Files.write(pack, bytes);
        Files.write(pack, new byte[] {0x4D, 0x56, 0x4B}, StandardOpenOption.APPEND); // a crash mid-record

        PackedCache reopened = reopen(dir);
        assertThat(reopened.get("goed")).isPresent();
        assertThat(reopened.get("stuk")).isEmpty();
        assertThat(reopened.contains("stuk")).isFalse();
        reopened.put("nieuw", new byte[] {7});
        assertThat(reopen(dir).get("nieuw")).isPresent();
    }

    @Test
    void forgetsWhatIsNoLongerNeededAndRewritesThePacksWhenMostIsForgotten() throws IOException {
        Path dir = folder.resolve("d");
        PackedCache cache = PackedCache.in(dir);
        byte[] big = new byte[100_000];
        for (int i = 0; i < 40; i++) {
            cache.put("k" + i, big);
        }
        long before = size(dir);
        cache.retainOnly(Set.of("k1", "k2"));

        assertThat(cache.keys()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(size(dir)).isLessThan(before / 10);
        assertThat(cache.get("k2")).hasValueSatisfying(v -> assertThat(v).hasSize(100_000));
        assertThat(reopen(dir).keys()).containsExactlyInAnyOrder("k1", "k2");
    }

    @Test
    void decodesAValueOnceUntilItsRecordChangesOrIsForgotten() throws IOException {
        PackedCache cache = PackedCache.openForTest(folder.resolve("e"));
        cache.put("k", "een".getBytes(StandardCharsets.UTF_8));
        Counting decoder = new Counting();

        String first = cache.decoded("k", String.class, decoder).orElseThrow();
        assertThat(cache.decoded("k", String.class, decoder)).containsSame(first);
        assertThat(decoder.calls).isEqualTo(1);
        assertThat(cache.decoded("onbekend", String.class, decoder)).isEmpty();

        assertThat(cache.remembered("k", String.class)).containsSame(first);
        assertThat(cache.remembered("k", Integer.class)).isEmpty();

        cache.put("k", "twee".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.remembered("k", String.class)).isEmpty();
        assertThat(cache.decoded("k", String.class, decoder)).contains("twee");
        assertThat(decoder.calls).isEqualTo(2);

        String made = new String("drie");
        cache.put("k", "drie".getBytes(StandardCharsets.UTF_8), made);
        assertThat(cache.decoded("k", String.class, decoder)).containsSame(made);
        assertThat(decoder.calls).isEqualTo(2);

        cache.retainOnly(Set.of());
        assertThat(cache.decoded("k", String.class, decoder)).isEmpty();
        assertThat(decoder.calls).isEqualTo(2);
    }

    @Test
    void aValueThatDoesNotDecodeIsNotRememberedAndTheBudgetBoundsWhatIs() throws IOException {
        PackedCache cache = PackedCache.openForTest(folder.resolve("f"), 10);
        cache.put("stuk", new byte[] {1});
        PackedCache.Decoder<String> failing = bytes -> {
            throw new IOException("geen waarde");
        };
        assertThatThrownBy(() -> cache.decoded("stuk", String.class, failing)).isInstanceOf(IOException.class);
        Counting decoder = new Counting();
        assertThat(cache.decoded("stuk", String.class, decoder)).isPresent();

        cache.put("a", "12345678".getBytes(StandardCharsets.UTF_8));
        cache.put("b", "87654321".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            cache.decoded("a", String.class, decoder);
            cache.decoded("b", String.class, decoder);
        }
        // "stuk" (1 byte) and "a" (8) fit in 10 bytes; "b" is decoded on every call
        assertThat(decoder.calls).isEqualTo(1 + 1 + 3);
    }

    /** Decodes UTF-8 and counts its calls. */
    private static final class Counting implements PackedCache.Decoder<String> {
        private int calls;

        @Override
        public String decode(byte[] bytes) {
            calls++;
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A second instance on the same folder, as the next process would open it. */
    private static PackedCache reopen(Path dir) {
        return PackedCache.openForTest(dir);
    }

    private static List<Path> packs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".pack")).toList();
        }
    }

    private static long size(Path dir) throws IOException {
        long total = 0;
        for (Path pack : packs(dir)) {
            total += Files.size(pack);
        }
        return total;
    }
}
