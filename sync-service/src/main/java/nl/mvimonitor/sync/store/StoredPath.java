package nl.mvimonitor.sync.store;

import java.util.Objects;

import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * A listed file's path as the store keeps it ({@code source_file.path}): the path itself, or, when a folder or file
 * name in it holds personal data, {@code sha256:} and the SHA-256 of the path. The hash is a stable key (the same
 * file is recognised next run, its submissions superseded, a vanished one marked deleted) without storing the name;
 * the path itself lives only in memory, in the run's listing. Outputs show a hashed path as {@link #shown}.
 *
 * @param key what {@code source_file.path} holds
 */
public record StoredPath(String key) {

    static final String HASHED = "sha256:";

    public StoredPath {
        Objects.requireNonNull(key, "key");
    }

    /** The key of a path as its source lists it. */
    public static StoredPath of(String listedPath) {
        // a clean path that looks like a key is hashed too, so a key always means a hashed path
        if (SafeName.ofPath(listedPath).neutralised() || listedPath.startsWith(HASHED)) {
            return new StoredPath(HASHED + Sha256.hex(listedPath));
        }
        return new StoredPath(listedPath);
    }

    /** True when the path held personal data and the key is its hash. */
    public boolean hashed() {
        return key.startsWith(HASHED);
    }

    /**
     * The path as outputs show it: the path, or for a hashed one the ProjectID (when known) and "(bestandsnaam bevat
     * mogelijk persoonsgegevens)", never the hash.
     */
    public String shown(String projectId) {
        if (!hashed()) {
            return key;
        }
        return projectId == null || projectId.isBlank() ? NameKind.FILE.neutralNl()
                : projectId + " " + NameKind.FILE.neutralNl();
    }

    /** The file name as outputs show it: the last part of the path, or as {@link #shown} for a hashed one. */
    public String shownName(String projectId) {
        return hashed() ? shown(projectId) : key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return hashed() ? NameKind.FILE.neutralNl() : SafeName.escaped(key);
    }
}
