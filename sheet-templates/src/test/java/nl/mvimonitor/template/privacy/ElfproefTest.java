package nl.mvimonitor.template.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElfproefTest {

    @Test
    void passesTheTextbookBsn() {
        assertThat(Elfproef.passes("123456782")).isTrue();
    }

    @Test
    void failsWhenTheCheckDigitIsWrong() {
        assertThat(Elfproef.passes("123456789")).isFalse();
    }

    @Test
    void passesANumberWithALeadingZero() {
        assertThat(Elfproef.passes("012345672")).isTrue();
    }

    @Test
    void rejectsAllZeros() {
        assertThat(Elfproef.passes("000000000")).isFalse();
    }

    @Test
    void rejectsWrongLengthsAndNonDigits() {
        assertThat(Elfproef.passes("12345678")).isFalse();
        assertThat(Elfproef.passes("1234567820")).isFalse();
        assertThat(Elfproef.passes("12345678a")).isFalse();
        assertThat(Elfproef.passes(null)).isFalse();
    }
}
