package nl.mvimonitor.sync.consolidation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mvimonitor.sync.cache.PackedCache;

/**
 * The rendered rows of each current submission, kept in the overview's {@link PackedCache} under the submission's
 * content key and the rendering (layout and styles) they were made with. Derived data: anything missing or
 * unreadable is simply rendered again.
 */
final class FragmentCache {

    private static final Logger LOG = LoggerFactory.getLogger(FragmentCache.class);

    private final PackedCache packs;
    private final String rendering;

    /**
     * @param folder    the cache folder of the consolidated workbook
     * @param rendering an id of the rendering; fragments of another rendering are never used
     */
    FragmentCache(Path folder, String rendering) {
        this.packs = PackedCache.in(folder);
        this.rendering = rendering;
    }

    boolean contains(String contentKey) {
        return packs.contains(key(contentKey));
    }

    Optional<Fragment> read(String contentKey) {
        return packs.get(key(contentKey)).flatMap(bytes -> {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                return Optional.of(Fragment.readFrom(in));
            } catch (IOException e) {
                LOG.debug("Tussenresultaat wordt opnieuw gemaakt ({})", e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    void write(String contentKey, Fragment fragment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            fragment.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        packs.put(key(contentKey), bytes.toByteArray());
    }

    /** Forgets the fragments of submissions that are no longer current, and those of other renderings. */
    void retainOnly(Set<String> contentKeys) {
        packs.retainOnly(contentKeys.stream().map(this::key).collect(Collectors.toSet()));
    }

    private String key(String contentKey) {
        return contentKey + "-" + rendering;
    }
}
