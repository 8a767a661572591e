package nl.mvimonitor.sync.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class Crc32CombineTest {

    @Test
    void combinesToTheCrcOfTheJoinedBytes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] a = new byte[random.nextInt(5000)];
            byte[] b = new byte[random.nextInt(70000)];
            random.nextBytes(a);
            random.nextBytes(b);
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            assertThat(Crc32Combine.combine(crc(a), crc(b), b.length)).isEqualTo(crc(joined));
        }
    }

    @Test
    void combinesAroundTheTableOfShortLengthsAndFarBeyondIt() {
        Random random = new Random(11);
        byte[] a = new byte[1000];
        random.nextBytes(a);
        for (int length : new int[] {1, 65535, 65536, 65537, 3_000_001}) {
            byte[] b = new byte[length];
            random.nextBytes(b);
            byte[] joined = new byte[a.length + b.length];
            System.arraycopy(a, 0, joined, 0, a.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            assertThat(Crc32Combine.combine(crc(a), crc(b), b.length)).as("length %d", length).isEqualTo(crc(joined));
        }
    }

    @Test
    void anEmptySecondPartKeepsTheFirstCrc() {
        byte[] a = "Realisatie".getBytes(StandardCharsets.UTF_8);
        assertThat(Crc32Combine.combine(crc(a), crc(new byte[0]), 0)).isEqualTo(crc(a));
    }

    @Test
    void startingFromTheEmptyCrcGivesTheSecondPartsCrc() {
        byte[] b = "<row><c s=\"2\"/></row>".getBytes(StandardCharsets.UTF_8);
        assertThat(Crc32Combine.combine(0, crc(b), b.length)).isEqualTo(crc(b));
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
