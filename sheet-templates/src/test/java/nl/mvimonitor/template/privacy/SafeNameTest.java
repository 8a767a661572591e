package nl.mvimonitor.template.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNameTest {

    @Test
    void leavesAnOrdinaryNameAsItIs() {
        assertThat(SafeName.of("P-2024-022 Renovatie gemaal.xlsx", NameKind.FILE))
                .isEqualTo(new SafeName("P-2024-022 Renovatie gemaal.xlsx", false));
        assertThat(SafeName.of("Zuiveringsbeheer", NameKind.FOLDER).neutralised()).isFalse();
        assertThat(SafeName.ofPath("Zuiveringsbeheer/P-2024-022 Renovatie gemaal.xlsx").text())
                .isEqualTo("Zuiveringsbeheer/P-2024-022 Renovatie gemaal.xlsx");
    }

    @Test
    void replacesANameWithPersonalDataByTheNeutralTextOfItsKind() {
        SafeName tab = SafeName.of("Realisatie 06-12345678", NameKind.TAB);
        assertThat(tab.text()).isEqualTo("(tabnaam verborgen, privacy)");
        assertThat(tab.neutralised()).isTrue();
        assertThat(tab.toString()).doesNotContain("12345678");
    }

    @Test
    void replacesOnlyThePartsOfAPathThatHoldPersonalData() {
        assertThat(SafeName.ofPath("Zuiveringsbeheer/P-2024-022 123 456 782.xlsx").text())
                .isEqualTo("Zuiveringsbeheer/(bestandsnaam bevat mogelijk persoonsgegevens)");
        assertThat(SafeName.ofPath("j.jansen@example.nl/P-2024-022.xlsx").text())
                .isEqualTo("(mapnaam bevat mogelijk persoonsgegevens)/P-2024-022.xlsx");
    }

    @Test
    void logsANameWithALineBreakOnOneLine() {
        String logged = SafeName.logged("Unit/P-1.xlsx\n2026-12-04 ERROR forged\r\tx\u2028y\u202ez\\");
        assertThat(logged).doesNotContain("\n", "\r", "\t", "\u2028", "\u202e")
                .isEqualTo("Unit/P-1.xlsx\\n2026-12-04 ERROR forged\\r\\tx\\u2028y\\u202ez\\\\");
    }

    @Test
    void logsANameWithPersonalDataNeutralised() {
        assertThat(SafeName.logged("Unit/P-1 NL91 ABNA 0417 1643 00.xlsx"))
                .isEqualTo("Unit/(bestandsnaam bevat mogelijk persoonsgegevens)");
        assertThat(SafeName.logged(null)).isEqualTo("null");
    }
}
