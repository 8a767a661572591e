package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    private final Map<SubmissionSummary, String> keys = new IdentityHashMap<>();

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
        try {
            // decoded once per process: the next run asks for nearly all of them again
            return packs.decoded(key(submission), SubmissionFacts.class, SubmissionFactsFormat::decode);
        } catch (IOException e) {
            LOG.info("Tussenresultaat van {} onleesbaar; wordt opnieuw berekend", submission.sourcePath());
            return Optional.empty();
        }
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
        // a run's outputs share one list of summaries; the next run reads new ones, so only these stay known
        Set<SubmissionSummary> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(current);
        synchronized (keys) {
            keys.keySet().retainAll(listed);
        }
    }

    /**
     * The key of a submission's facts; worked out once per summary object, as a run asks for it up to three times
     * (by identity: a record's hash code would cost about as much as the key).
     */
    String key(SubmissionSummary submission) {
        synchronized (keys) {
            String known = keys.get(submission);
            if (known != null) {
                return known;
            }
        }
        String key = Sha256.hex(SubmissionFactsFormat.VERSION + "\n" + schemaKey + "\n" + submission.contentKey());
        synchronized (keys) {
            keys.put(submission, key);
        }
        return key;
    }
}
