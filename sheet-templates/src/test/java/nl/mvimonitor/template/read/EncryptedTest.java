package nl.mvimonitor.template.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.Submission;

/** encrypted.xlsx: a workbook saved with a password, as Excel does it (agile encryption in an OLE2 file). */
class EncryptedTest {

    @Test
    void quarantinesAPasswordProtectedWorkbook() throws IOException, GeneralSecurityException {
        byte[] encrypted = encrypt(TestWorkbook.template().toBytes(), "geheim");

        Submission submission = new SubmissionReader(TestWorkbook.SCHEMA).read("encrypted.xlsx", encrypted);

        Finding finding = Findings.quarantine(submission);
        assertThat(finding.rule()).isEqualTo(RuleCode.BESTAND_VERSLEUTELD.name());
        assertThat(finding.message()).startsWith("Het bestand 'encrypted.xlsx' is met een wachtwoord versleuteld")
                .contains("Versleutelen met wachtwoord");
    }

    private static byte[] encrypt(byte[] xlsx, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
