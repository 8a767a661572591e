package nl.mvimonitor.sync.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the store keeps it, lower-case hex: content hashes of files and fingerprints of run inputs. */
public final class Sha256 {

    /** Never updated, only copied: copies of it may be made on any thread. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** The hex hash of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return hexOf(newDigest().digest(bytes));
    }

    /** The hex hash of {@code text} as UTF-8. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A fresh digest, for hashing in parts; finish with {@link #hexOf(MessageDigest)}. A copy of one never used,
     * as looking the algorithm up costs more than hashing a content key, and a run hashes thousands of them.
     */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Finishes a digest made by {@link #newDigest()} as hex. */
    public static String hexOf(MessageDigest digest) {
        return hexOf(digest.digest());
    }

    private static String hexOf(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
