package nl.mvimonitor.template.read;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was read from the package parts that files made from one template share byte for byte: content types,
 * relationships, the workbook part and the styles. A part is known again by its exact compressed bytes (and name and
 * handler), so a file whose part differs in any byte is parsed as before; only parts read whole and verified against
 * their CRC-32 are kept. These parts hold no cell values. Bounded: at most {@value #MAX_PARTS} results of parts up to
 * {@value #MAX_COMPRESSED_BYTES} compressed bytes; when full it starts over. Thread-safe: one per reader.
 */
final class KeptParts {

    static final int MAX_PARTS = 256;
    static final int MAX_COMPRESSED_BYTES = 64 * 1024;

    private final ConcurrentHashMap<Key, Kept> results = new ConcurrentHashMap<>();

    /**
     * What a part was read as, with the CRC-32 and size its bytes were verified against: a file with the same
     * compressed bytes must declare the same, or its zip directory is damaged.
     */
    record Kept(Object result, long crc, long size) {
    }

    /** The key of a part's compressed bytes {@code data[start, start + length)}; null when too large to keep. */
    static Key key(String partName, Class<?> handler, byte[] data, int start, int length) {
        if (length > MAX_COMPRESSED_BYTES) {
            return null;
        }
        int hash = 1;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + data[i];
        }
        return new Key(partName, handler, data, start, length, hash);
    }

    Kept get(Key key) {
        return results.get(key);
    }

    void put(Key key, Kept result) {
        if (results.size() >= MAX_PARTS) {
            results.clear();
        }
        results.put(key.copy(), result);
    }

    /** A part name, its handler type, and a range of compressed bytes compared by content. */
    static final class Key {
        private final String partName;
        private final Class<?> handler;
        private final byte[] data;
        private final int start;
        private final int length;
        private final int hash;

        private Key(String partName, Class<?> handler, byte[] data, int start, int length, int hash) {
            this.partName = partName;
            this.handler = handler;
            this.data = data;
            this.start = start;
            this.length = length;
            this.hash = hash;
        }

        /** The same key on its own copy of the bytes: a kept key must not hold on to the whole file. */
        Key copy() {
            return new Key(partName, handler, Arrays.copyOfRange(data, start, start + length), 0, length, hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && length == key.length && handler == key.handler
                    && partName.equals(key.partName)
                    && Arrays.equals(data, start, start + length, key.data, key.start, key.start + key.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
