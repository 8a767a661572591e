package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mvimonitor.sync.cache.PackedCache;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.sync.store.SubmissionSummary;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.privacy.SafeName;

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
        // sorted: a Map.copyOf iterates in a different order per JVM; 16 hex digits tell schemas apart
        String schemaKey = Sha256.hex(schema.templateId() + "/" + schema.version() + "\n"
                + new TreeMap<>(schema.codeLists())).substring(0, 16);
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
            LOG.info("Tussenresultaat van {} onleesbaar; wordt opnieuw berekend", SafeName.logged(submission.sourcePath()));
            return Optional.empty();
        }
    }

    /** The facts if they are remembered decoded in this process: no pack is read. */
    Optional<SubmissionFacts> remembered(SubmissionSummary submission) {
        return packs == null ? Optional.empty() : packs.remembered(key(submission), SubmissionFacts.class);
    }

    /** Keeps the facts, and remembers them as decoded from what is kept: the next run asks for them. */
    void store(SubmissionSummary submission, SubmissionFacts facts) {
        if (packs == null) {
            return;
        }
        byte[] bytes = SubmissionFactsFormat.encode(facts);
        try {
            packs.put(key(submission), bytes, SubmissionFactsFormat.decode(bytes));
        } catch (IOException e) {
            // cannot happen for bytes just encoded; keep them anyway, the next run decodes them or computes again
            packs.put(key(submission), bytes);
        }
    }

    /** Forgets the facts of every submission that is not among {@code current}. */
    void keepOnly(Collection<SubmissionSummary> current) {
        if (packs != null) {
            packs.retainOnly(current.stream().map(this::key).collect(Collectors.toSet()));
        }
    }

    /** The key of a submission's facts: the format version, the template's code lists and the content key. */
    String key(SubmissionSummary submission) {
        return "feiten-" + SubmissionFactsFormat.VERSION + "-" + schemaKey + "-" + submission.contentKey();
    }
}
