package nl.mvimonitor.sync.store;

import java.util.Objects;

import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * A listed file's path as the store keeps it ({@code source_file.path}): the path itself, or, when a folder or file
 * name in it holds personal data, {@code sha256:} and the SHA-256 of the path. The hash is a stable key (the same
 * file is recognised next run, its submissions superseded, a vanished one marked deleted) without storing the name;
 * the path itself lives only in memory, in the run's listing. Outputs show a hashed path as {@link #shown}. A path
 * longer than the column ({@value #MAX_CHARS} characters) is kept as its start, {@code …#} and its SHA-256, and
 * shown as its start and {@code …}.
 *
 * @param key what {@code source_file.path} holds
 */
public record StoredPath(String key) {

    static final String HASHED = "sha256:";
    /** Ends the kept start of a path longer than the column, before the SHA-256 of the whole path. */
    static final String CUT = "…#";
    /** The longest key: the width of {@code source_file.path}. */
    public static final int MAX_CHARS = ColumnWidths.PATH;
    private static final int HEX_CHARS = 64;

    public StoredPath {
        Objects.requireNonNull(key, "key");
    }

    /** The key of a path as its source lists it. */
    public static StoredPath of(String listedPath) {
        // a clean path that looks like a key is hashed too, so a key always means a hashed path
        if (SafeName.ofPath(listedPath).neutralised() || listedPath.startsWith(HASHED)) {
            return new StoredPath(HASHED + Sha256.hex(listedPath));
        }
        // deep folders on a share, or a crafted name: longer than the column, it would fail the run's insert; kept
        // as its start and the hash of the whole, so it stays one key per path (a clean path of that form too)
        if (listedPath.length() > MAX_CHARS || endsInCut(listedPath)) {
            return new StoredPath(ColumnWidths.clip(listedPath, MAX_CHARS - CUT.length() - HEX_CHARS) + CUT
                    + Sha256.hex(listedPath));
        }
        return new StoredPath(listedPath);
    }

    /** True when the path was longer than the store allows and the key is its start and hash. */
    public boolean shortened() {
        return !hashed() && endsInCut(key);
    }

    private static boolean endsInCut(String path) {
        int cut = path.length() - HEX_CHARS - CUT.length();
        return cut >= 0 && path.startsWith(CUT, cut) && path.substring(cut + CUT.length()).chars()
                .allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
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
        if (shortened()) {
            return key.substring(0, key.length() - HEX_CHARS - 1);
        }
        if (!hashed()) {
            return key;
        }
        return projectId == null || projectId.isBlank() ? NameKind.FILE.neutralNl()
                : projectId + " " + NameKind.FILE.neutralNl();
    }

    /** The file name as outputs show it: the last part of the path, or as {@link #shown} for a hashed one. */
    public String shownName(String projectId) {
        String shown = shown(projectId);
        return hashed() ? shown : shown.substring(shown.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return hashed() ? NameKind.FILE.neutralNl() : SafeName.escaped(key);
    }
}
