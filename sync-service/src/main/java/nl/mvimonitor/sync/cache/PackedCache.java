package nl.mvimonitor.sync.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.mvimonitor.template.privacy.SafeName;

import nl.mvimonitor.sync.failure.FailureText;
import nl.mvimonitor.sync.failure.ServicePlaces;

/**
 * Byte values by key in a few append-only pack files in one folder, instead of a file per value: creating thousands of
 * small files cost more than the work they kept. Each record is {@code magic, key, value, CRC-32}; the folder is
 * scanned once per process, a damaged or cut-off record (a crash while writing) ends the scan of its pack, and a
 * value whose CRC does not match is treated as missing. Keys name their content, so an entry left over from an
 * earlier run is never wrong, only unused: {@link #retainOnly} forgets those and rewrites the packs when they hold
 * more forgotten than kept bytes. Values a caller decodes can be remembered decoded, up to a bound ({@link
 * #decoded}). One instance per folder per process ({@link #in}); thread-safe.
 */
public final class PackedCache {

    private static final Logger LOG = LoggerFactory.getLogger(PackedCache.class);
    private static final Map<Path, PackedCache> OPEN = new ConcurrentHashMap<>();
    private static final int MAGIC = 0x4D564B31; // "MVK1"
    private static final String SUFFIX = ".pack";
    private static final int MAX_KEY = 1024;
    private static final int MAX_VALUE = 1 << 30;
    private static final long SLACK_BYTES = 1 << 20;
    /** Magic, key length, value length and CRC around each key and value. */
    private static final int RECORD_OVERHEAD = 16;
    /** At most this many bytes of values are remembered decoded ({@link #decoded}), whatever the number of keys. */
    static final long REMEMBERED_BYTES = 16L << 20;

    private final Path folder;
    private final long rememberBudget;
    private final Map<String, Location> index = new HashMap<>();
    private final Map<Path, FileChannel> readers = new HashMap<>();
    /** Values decoded by {@link #decoded}, with the record they were decoded from. */
    private final Map<String, Remembered> remembered = new HashMap<>();
    private long rememberedBytes;
    private FileChannel appender;
    private Path appendPack;
    private long packBytes;

    private PackedCache(Path folder, long rememberBudget) {
        this.folder = folder;
        this.rememberBudget = rememberBudget;
        scan();
    }

    /** The cache in {@code folder}, shared by everything in this process that uses that folder. */
    public static PackedCache in(Path folder) {
        return OPEN.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new PackedCache(f, REMEMBERED_BYTES));
    }

    /** The keys kept now. */
    public synchronized Set<String> keys() {
        return Set.copyOf(index.keySet());
    }

    /** A new instance on the folder, as the next process would open it; for tests of what survives a restart. */
    static PackedCache openForTest(Path folder) {
        return new PackedCache(folder, REMEMBERED_BYTES);
    }

    /** The same, remembering at most {@code rememberBudget} bytes of decoded values. */
    static PackedCache openForTest(Path folder, long rememberBudget) {
        return new PackedCache(folder, rememberBudget);
    }

    public synchronized boolean contains(String key) {
        return index.containsKey(key);
    }

    public synchronized Optional<byte[]> get(String key) {
        Location at = index.get(key);
        return at == null ? Optional.empty() : read(key, at);
    }

    /**
     * The value under {@code key} as {@code decoder} makes it, remembered in memory with the record it came from:
     * the next run asks for nearly every value again, and decoding them all cost more than the rest of its work on
     * them. A remembered value is given again only while that same record is the key's (a {@link #put} or a
     * compaction makes it decode anew); values are remembered while their bytes total at most {@value
     * #REMEMBERED_BYTES}, so memory stays bounded whatever the number of keys. Decoded objects are shared between
     * callers: they must not be changed. An exception of the decoder reaches the caller, and nothing is remembered.
     */
    public <T> Optional<T> decoded(String key, Class<T> type, Decoder<T> decoder) throws IOException {
        Location at;
        byte[] bytes;
        synchronized (this) {
            at = index.get(key);
            if (at == null) {
                return Optional.empty();
            }
            Optional<T> known = remembered(key, type);
            if (known.isPresent()) {
                return known;
            }
            Optional<byte[]> read = read(key, at);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            bytes = read.get();
        }
        T value = decoder.decode(bytes); // outside the lock: callers decode in parallel
        synchronized (this) {
            if (index.get(key) == at) {
                remember(key, at, value);
            }
        }
        return Optional.of(value);
    }

    /** The value under {@code key} if it is remembered decoded from its current record; never reads a pack. */
    public synchronized <T> Optional<T> remembered(String key, Class<T> type) {
        Location at = index.get(key);
        Remembered known = remembered.get(key);
        return known != null && known.at() == at && type.isInstance(known.value())
                ? Optional.of(type.cast(known.value())) : Optional.empty();
    }

    private void remember(String key, Location at, Object value) {
        Remembered old = remembered.remove(key);
        rememberedBytes -= old == null ? 0 : old.at().length();
        if (rememberedBytes + at.length() <= rememberBudget) {
            remembered.put(key, new Remembered(at, value));
            rememberedBytes += at.length();
        }
    }

    private Optional<byte[]> read(String key, Location at) {
        try {
            ByteBuffer value = ByteBuffer.allocate(at.length());
            FileChannel channel = reader(at.pack());
            for (long position = at.offset(); value.hasRemaining(); ) {
                int read = channel.read(value, position);
                if (read < 0) {
                    throw new IOException("pack ends early");
                }
                position += read;
            }
            if (crc(value.array()) != at.crc()) {
                throw new IOException("checksum does not match");
            }
            return Optional.of(value.array());
        } catch (IOException e) {
            LOG.info("Bewaard resultaat in {} onleesbaar ({}); het wordt opnieuw berekend", SafeName.logged(folder),
                    FailureText.reason(e, ServicePlaces.none()));
            index.remove(key);
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code value} under {@code key} and remembers {@code decoded} as its decoding, as {@link #decoded} would
     * have made it: for values just made, which the next run asks for decoded.
     */
    public synchronized void put(String key, byte[] value, Object decoded) {
        Location before = index.get(key);
        put(key, value);
        Location at = index.get(key);
        if (at != null && at != before) { // only when these bytes were written
            remember(key, at, decoded);
        }
    }

    /** Keeps {@code value} under {@code key}; a failure to write is logged, never thrown: the value can be remade. */
    public synchronized void put(String key, byte[] value) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(16 + keyBytes.length + value.length);
        record.putInt(MAGIC).putInt(keyBytes.length).put(keyBytes).putInt(value.length).put(value)
                .putInt(crc(value)).flip();
        try {
            FileChannel channel = appender();
            long start = channel.size();
            while (record.hasRemaining()) {
                channel.write(record);
            }
            index.put(key, new Location(appendPack, start + 12 + keyBytes.length, value.length, crc(value)));
            packBytes += record.limit();
        } catch (IOException e) {
            LOG.warn("Resultaat niet bewaard in {}: {}", SafeName.logged(folder), FailureText.reason(e, ServicePlaces.none()));
        }
    }

    /** Forgets every key but {@code keys}; rewrites the packs when most of their bytes are forgotten. */
    public synchronized void retainOnly(Set<String> keys) {
        index.keySet().retainAll(keys);
        remembered.keySet().retainAll(keys);
        rememberedBytes = remembered.values().stream().mapToLong(r -> r.at().length()).sum();
        long live = index.entrySet().stream()
                .mapToLong(e -> RECORD_OVERHEAD + e.getKey().length() + e.getValue().length()).sum();
        if (packBytes > 2 * live + SLACK_BYTES) {
            compact();
        }
    }

    private void compact() {
        Map<String, byte[]> kept = new HashMap<>();
        for (String key : List.copyOf(index.keySet())) {
            get(key).ifPresent(value -> kept.put(key, value));
        }
        List<Path> old = packs();
        closeAll();
        index.clear();
        remembered.clear();
        rememberedBytes = 0;
        packBytes = 0;
        kept.forEach(this::put);
        closeAppender();
        for (Path pack : old) {
            try {
                Files.deleteIfExists(pack);
            } catch (IOException e) {
                LOG.debug("Kon {} niet verwijderen", SafeName.logged(pack));
            }
        }
    }

    private void scan() {
        for (Path pack : packs()) {
            try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.READ)) {
                scan(pack, channel);
                packBytes += channel.size();
            } catch (IOException e) {
                LOG.info("Bewaarde resultaten in {} niet te lezen; ze worden opnieuw berekend", SafeName.logged(pack.getFileName()));
            }
        }
    }

    /** Reads the record headers of one pack into the index; stops at the first record that is not whole. */
    private void scan(Path pack, FileChannel channel) throws IOException {
        long size = channel.size();
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(8);
        while (position + 16 <= size) {
            header.clear();
            channel.read(header, position);
            header.flip();
            int magic = header.getInt();
            int keyLength = header.getInt();
            if (magic != MAGIC || keyLength < 0 || keyLength > MAX_KEY || position + 16 + keyLength > size) {
                return;
            }
            ByteBuffer rest = ByteBuffer.allocate(keyLength + 4);
            channel.read(rest, position + 8);
            rest.flip();
            byte[] key = new byte[keyLength];
            rest.get(key);
            int valueLength = rest.getInt();
            long end = position + 16 + keyLength + (long) valueLength;
            if (valueLength < 0 || valueLength > MAX_VALUE || end > size) {
                return;
            }
            ByteBuffer crc = ByteBuffer.allocate(4);
            channel.read(crc, end - 4);
            crc.flip();
            index.put(new String(key, StandardCharsets.UTF_8),
                    new Location(pack, position + 12 + keyLength, valueLength, crc.getInt()));
            position = end;
        }
    }

    private List<Path> packs() {
        List<Path> packs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return packs;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            files.forEach(packs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        packs.sort(null);
        return packs;
    }

    private FileChannel appender() throws IOException {
        if (appender == null) {
            Files.createDirectories(folder);
            // a new pack per process: nothing is ever appended after a record a crash may have cut off
            Path temp = folder.resolve("pack-" + System.currentTimeMillis() + "-" + UUID.randomUUID() + ".tmp");
            appendPack = folder.resolve(temp.getFileName().toString().replace(".tmp", SUFFIX));
            Files.createFile(temp);
            Files.move(temp, appendPack, StandardCopyOption.ATOMIC_MOVE);
            appender = FileChannel.open(appendPack, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        return appender;
    }

    private FileChannel reader(Path pack) throws IOException {
        FileChannel channel = readers.get(pack);
        if (channel == null) {
            channel = FileChannel.open(pack, StandardOpenOption.READ);
            readers.put(pack, channel);
        }
        return channel;
    }

    private void closeAppender() {
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                LOG.debug("Kon {} niet sluiten", SafeName.logged(appendPack));
            }
            appender = null;
            appendPack = null;
        }
    }

    private void closeAll() {
        closeAppender();
        for (FileChannel channel : readers.values()) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Kon een pakket niet sluiten");
            }
        }
        readers.clear();
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Where a value is: its pack, the offset of its bytes, their length and CRC. Compared by identity. */
    private record Location(Path pack, long offset, int length, int crc) {
    }

    /** A value as decoded from the record at {@code at}. */
    private record Remembered(Location at, Object value) {
    }

    /** Makes a value out of its bytes; throws when they are not one. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(byte[] bytes) throws IOException;
    }
}
