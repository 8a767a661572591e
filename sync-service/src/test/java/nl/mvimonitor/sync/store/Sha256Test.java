package nl.mvimonitor.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void hashesTheStandardTestVector() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
    }

    @Test
    void digestsMadeOneAfterAnotherStartEmptyAndDoNotShareState() {
        MessageDigest first = Sha256.newDigest();
        first.update("ab".getBytes(StandardCharsets.UTF_8));
        MessageDigest second = Sha256.newDigest();
        second.update("abc".getBytes(StandardCharsets.UTF_8));
        first.update("c".getBytes(StandardCharsets.UTF_8));

        assertThat(Sha256.hexOf(first)).isEqualTo(ABC);
        assertThat(Sha256.hexOf(second)).isEqualTo(ABC);
        assertThat(Sha256.hexOf(Sha256.newDigest())).isEqualTo(Sha256.hex(new byte[0]));
    }
}
