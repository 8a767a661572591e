package nl.mvimonitor.sync.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Optional;

import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.WrittenOutput;

/**
 * Whether an output on disk is still the file the service wrote: same kind of file, same size, same SHA-256.
 *
 * <p>The file is always hashed, also when its size and modification time are as written: {@code cp -p},
 * {@code touch -r} or a restore from backup put other bytes of the same size under the same time, and hashing is
 * cheap next to writing (a 57 MB file hashes in about 50 ms here, from the page cache; writing an overview takes
 * several times that). Only the link, the folder and the special file are told apart without reading.
 */
final class OutputCheck {

    private OutputCheck() {
    }

    /**
     * Why {@code target} must be written again (Dutch, for the log and the run report), or empty when it is the file
     * recorded in {@code written}.
     */
    static Optional<String> problemNl(Path target, WrittenOutput written) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.of("het bestand ontbrak");
        }
        if (attrs.isDirectory()) {
            return Optional.of("op die plaats stond een map in plaats van het bestand");
        }
        if (attrs.isSymbolicLink()) {
            return Optional.of("het bestand was vervangen door een snelkoppeling (symbolische link)");
        }
        if (!attrs.isRegularFile()) {
            return Optional.of("op die plaats stond geen gewoon bestand");
        }
        if (written == null) {
            return Optional.of("er is nog niet vastgelegd wat de dienst schreef (eerste run na de upgrade)");
        }
        if (attrs.size() == 0) {
            return Optional.of("het bestand was leeg (0 bytes)");
        }
        if (attrs.size() != written.sizeBytes()) {
            return Optional.of("het bestand was gewijzigd: " + attrs.size() + " bytes in plaats van de geschreven "
                    + written.sizeBytes());
        }
        if (!sha256(target).equals(written.contentHash())) {
            return Optional.of("de inhoud was gewijzigd (zelfde grootte, andere inhoud)");
        }
        return Optional.empty();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return Sha256.hexOf(digest);
    }
}
