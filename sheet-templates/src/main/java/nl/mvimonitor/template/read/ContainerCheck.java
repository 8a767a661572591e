package nl.mvimonitor.template.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * Decides from the first bytes whether a file is a zip (an xlsx candidate), an OLE2 compound file (an encrypted
 * xlsx or an old .xls) or something else, and rejects all but the zip.
 */
final class ContainerCheck {

    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** Excel writes an encrypted xlsx as an OLE2 file with this stream (MS-OFFCRYPTO). */
    private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";

    private ContainerCheck() {
    }

    /** Returns normally for a zip; throws {@link FileRejected} for anything else. */
    static void requireZip(byte[] content) {
        if (startsWith(content, ZIP_ENTRY) || startsWith(content, ZIP_EMPTY)) {
            return;
        }
        if (startsWith(content, OLE2)) {
            throw rejectOle2(content);
        }
        throw new FileRejected(RuleCode.BESTAND_GEEN_XLSX, content.length == 0
                ? "het bestand is leeg" : "het bestand is geen zip-archief zoals een .xlsx-bestand");
    }

    private static FileRejected rejectOle2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(ENCRYPTED_PACKAGE)) {
                return new FileRejected(RuleCode.BESTAND_VERSLEUTELD, "de werkmap is versleuteld met een wachtwoord");
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable compound file is still not an xlsx; the advice below fits it too
        }
        return new FileRejected(RuleCode.BESTAND_GEEN_XLSX, "het is een oud Excel-bestand (.xls) of een ander "
                + "Office-bestand", "Open het bestand in Excel en sla het op als Excel-werkmap (.xlsx) met "
                + "Bestand > Opslaan als; lever dat bestand opnieuw aan.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
