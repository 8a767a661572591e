package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mvimonitor.sync.cache.PackedCache;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;

/**
 * Keeps each submission's {@link SubmissionFacts} in the board report's {@link PackedCache}, under a key made of the
 * submission's content key, the format version and the template's code lists (they decide how a stored value is read
 * as a code). Facts that are missing, damaged or of another version are simply computed again; the cache never makes
 * the report fail.
 */
final class SubmissionFactsCache {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionFactsCache.class);

    /** Null when nothing is kept. */
    private final PackedCache packs;
    private final String schemaKey;
    private final Map<SubmissionSummary, String> keys = new ConcurrentHashMap<>();

    private SubmissionFactsCache(PackedCache packs, String schemaKey) {
        this.packs = packs;
        this.schemaKey = schemaKey;
    }

    /** A cache that keeps nothing: every run computes all facts. */
    static SubmissionFactsCache none() {
        return new SubmissionFactsCache(null, "");
    }

    /** A cache in {@code folder}; the folder is made when the first facts are kept. */
    static SubmissionFactsCache in(Path folder, TemplateSchema schema) {
        String schemaKey = Sha256.hex(schema.templateId() + "/" + schema.version() + "\n"
                + new TreeMap<>(schema.codeLists())); // sorted: a Map.copyOf iterates in a different order per JVM
        return new SubmissionFactsCache(PackedCache.in(folder), schemaKey);
    }

    boolean contains(SubmissionSummary submission) {
        return packs != null && packs.contains(key(submission));
    }

    Optional<SubmissionFacts> load(SubmissionSummary submission) {
        if (packs == null) {
            return Optional.empty();
        }
        return packs.get(key(submission)).flatMap(bytes -> {
            try {
                return Optional.of(SubmissionFactsFormat.decode(bytes));
            } catch (IOException e) {
                LOG.info("Tussenresultaat van {} onleesbaar; wordt opnieuw berekend", submission.sourcePath());
                return Optional.empty();
            }
        });
    }

    void store(SubmissionSummary submission, SubmissionFacts facts) {
        if (packs != null) {
            packs.put(key(submission), SubmissionFactsFormat.encode(facts));
        }
    }

    /** Forgets the facts of every submission that is not among {@code current}. */
    void keepOnly(Collection<SubmissionSummary> current) {
        if (packs != null) {
            packs.retainOnly(current.stream().map(this::key).collect(Collectors.toSet()));
        }
        // the keys of this run's submissions stay known for the next report of the same run only: a new run sees
        // each file with a new last-seen time, so a new summary
        keys.keySet().retainAll(new HashSet<>(current));
    }

    /** The key of a submission's facts; worked out once per summary, as a run asks for it up to three times. */
    String key(SubmissionSummary submission) {
        return keys.computeIfAbsent(submission, s ->
                Sha256.hex(SubmissionFactsFormat.VERSION + "\n" + schemaKey + "\n" + s.contentKey()));
    }
}
