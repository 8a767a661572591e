package nl.mvimonitor.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mvimonitor.sync.store.ExpectedProject;

class ProjectRegisterFileTest {

    @TempDir
    Path dir;

    @Test
    void readsProjectsAfterTheHeaderLine() throws IOException {
        Path csv = write("\uFEFFProjectID;Organisatieonderdeel;Jaar\nP-2024-001;Zuiveringsbeheer;2024\n\n"
                + "\"P-2025-002\";\"Water; en wegen\";2025\n");

        assertThat(new ProjectRegisterFile(csv).read().expectedProjects()).containsExactly(
                new ExpectedProject("P-2024-001", "Zuiveringsbeheer", 2024),
                new ExpectedProject("P-2025-002", "Water; en wegen", 2025));
    }

    @Test
    void skipsLinesThatCannotBeUsed() throws IOException {
        Path csv = write("ProjectID;Organisatieonderdeel;Jaar\n"
                + "P-1;Zuid;twintig\nP-2;Zuid\n;Zuid;2024\nP-3;Noord;2024\n");

        assertThat(new ProjectRegisterFile(csv).read().expectedProjects()).extracting(ExpectedProject::projectId)
                .containsExactly("P-3");
    }

    @Test
    void aUnitWithAnEmailAddressOrPhoneNumberIsShownAsTheNeutralFolderText() throws IOException {
        Path csv = write("ProjectID;Organisatieonderdeel;Jaar\nP-1;a.jansen@example.nl;2024\n"
                + "P-2;Watersysteem 06-12345678;2024\nP-3;Wegen 2024-2028;2024\n");

        assertThat(new ProjectRegisterFile(csv).read().expectedProjects()).containsExactly(
                new ExpectedProject("P-1", "(mapnaam bevat mogelijk persoonsgegevens)", 2024),
                new ExpectedProject("P-2", "(mapnaam bevat mogelijk persoonsgegevens)", 2024),
                new ExpectedProject("P-3", "Wegen 2024-2028", 2024));
    }

    @Test
    void aLineWhoseProjectIdHoldsAnEmailAddressOrPhoneNumberIsSkipped() throws IOException {
        Path csv = write("ProjectID;Organisatieonderdeel;Jaar\nb.jansen@example.nl;Zuid;2024\n0612345678;Zuid;2024\n"
                + "NL91ABNA0417164300;Zuid;2024\n202400017;Zuid;2024\n");

        assertThat(new ProjectRegisterFile(csv).read().expectedProjects()).extracting(ExpectedProject::projectId)
                .containsExactly("202400017");
    }

    @Test
    void aMissingRegisterMeansNoExpectedProjects() {
        ProjectRegisterFile register = new ProjectRegisterFile(dir.resolve("bestaat-niet.csv"));

        assertThat(register.read().expectedProjects()).isEmpty();
        assertThat(register.read().fingerprint()).isEqualTo("geen");
    }

    @Test
    void fingerprintChangesWithTheContent() throws IOException {
        Path csv = write("ProjectID;Organisatieonderdeel;Jaar\nP-1;Zuid;2024\n");
        String before = new ProjectRegisterFile(csv).read().fingerprint();

        write("ProjectID;Organisatieonderdeel;Jaar\nP-1;Zuid;2025\n");

        assertThat(new ProjectRegisterFile(csv).read().fingerprint()).isNotEqualTo(before).hasSize(64);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("projectregister.csv"), content);
    }
}
