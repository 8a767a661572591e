package nl.mvimonitor.sync.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.SafeName;

/**
 * Screens the names the store already holds again, once per process: a path or unit folder name stored by an older
 * version, or before the name check learnt a form ({@code P-2024-022-123456782.xlsx}), that it now sees as personal
 * data. Without this such a row would keep the name for as long as the store lives: a vanished file's record stays
 * for the audit trail, and a file still there would be recognised as new under its hashed key and leave its old row
 * behind. The path becomes the key {@link StoredPath} gives it today (so the file is the same file on this run's
 * listing), the unit its neutral text, and a finding that quoted the name quotes the neutral form.
 */
@Component
public class StoredNames {

    private final JdbcTemplate jdbc;
    private final AtomicBoolean screened = new AtomicBoolean();

    public StoredNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Stored(long id, String sourceId, String path, String unit) {
    }

    /** The first call of a process screens every stored path that is not a hash; later calls do nothing. */
    public int screenOnce() {
        if (!screened.compareAndSet(false, true)) {
            return 0;
        }
        List<Stored> plain = jdbc.query("SELECT id, source_id, path, unit FROM source_file WHERE path NOT LIKE ?",
                (rs, i) -> new Stored(rs.getLong("id"), rs.getString("source_id"), rs.getString("path"),
                        rs.getString("unit")), StoredPath.HASHED + "%");
        int changed = 0;
        for (Stored file : plain) {
            changed += screen(file) ? 1 : 0;
        }
        return changed;
    }

    private boolean screen(Stored file) {
        boolean pathHeld = SafeName.ofPath(file.path()).neutralised();
        SafeName unit = SafeName.of(file.unit(), NameKind.FOLDER);
        boolean unitHeld = unit != null && unit.neutralised();
        if (!pathHeld && !unitHeld) {
            return false;
        }
        String path = pathHeld ? freeKey(file) : file.path();
        String shownUnit = unitHeld ? unit.text() : file.unit();
        jdbc.update("UPDATE source_file SET path = ?, unit = ? WHERE id = ?", path, shownUnit, file.id());
        if (unitHeld) {
            jdbc.update("UPDATE submission SET unit = ? WHERE source_file_id = ? AND unit = ?", shownUnit, file.id(),
                    file.unit());
        }
        if (pathHeld) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            replaceInFindings(file.id(), file.path(), SafeName.ofPath(file.path()).text());
            replaceInFindings(file.id(), name, SafeName.of(name, NameKind.FILE).text());
        }
        return true;
    }

    /** Today's key of the path; when a row already has it (the file listed again since), one of this row only. */
    private String freeKey(Stored file) {
        String key = StoredPath.of(file.path()).key();
        Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE source_id = ? AND path = ?",
                Integer.class, file.sourceId(), key);
        return taken == null || taken == 0 ? key : StoredPath.HASHED + Sha256.hex(file.path() + "\n" + file.id());
    }

    private void replaceInFindings(long sourceFileId, String text, String shown) {
        if (text.isEmpty() || text.equals(shown)) {
            return;
        }
        jdbc.update("UPDATE finding SET message = REPLACE(message, ?, ?) WHERE submission_id IN (SELECT id FROM"
                + " submission WHERE source_file_id = ?)", text, shown, sourceFileId);
    }
}
