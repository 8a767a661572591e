package nl.mvimonitor.sync.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.SpreadsheetSource;
import nl.mvimonitor.sync.store.KnownFile;
import nl.mvimonitor.sync.store.StoredPath;

/**
 * One source's listing compared with what the store knows: files to read (new, changed, or to retry), files whose
 * listing is unchanged (not read at all), and files that vanished. Unchanged and vanished files are named by their
 * {@link StoredPath} keys.
 */
record SourceListing(SpreadsheetSource source, List<SourceFile> toRead, List<String> unchanged, List<String> vanished) {

    SourceListing {
        toRead = List.copyOf(toRead);
        unchanged = List.copyOf(unchanged);
        vanished = List.copyOf(vanished);
    }

    static SourceListing compare(SpreadsheetSource source, List<SourceFile> listed, Map<String, KnownFile> known) {
        List<SourceFile> toRead = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (SourceFile file : listed) {
            // the store knows a path with personal data by its key only (see StoredPath)
            String key = StoredPath.of(file.path()).key();
            if (!present.add(key)) {
                continue;
            }
            KnownFile before = known.get(key);
            if (before != null && before.isUnchanged(file.fingerprint())) {
                unchanged.add(key);
            } else {
                toRead.add(file);
            }
        }
        List<String> vanished = known.values().stream()
                .filter(file -> !file.deleted() && !present.contains(file.path()))
                .map(KnownFile::path).sorted().toList();
        return new SourceListing(source, toRead, unchanged, vanished);
    }

    int seen() {
        return toRead.size() + unchanged.size();
    }
}
