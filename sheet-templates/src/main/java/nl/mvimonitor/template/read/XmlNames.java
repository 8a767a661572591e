package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Element and attribute names as Strings, made once per thread rather than once per tag: a sheet repeats a handful
 * of names ({@code row}, {@code c}, {@code r}, {@code s}, {@code v}) hundreds of thousands of times. A small open
 * table that stops taking new names when half full, so a file full of invented names costs allocations, not memory.
 */
final class XmlNames {

    private static final int SLOTS = 1024;
    private static final int MASK = SLOTS - 1;
    private static final int PROBES = 8;

    private static final String[] ONE_LETTER = new String[128];

    static {
        for (int c = 0; c < ONE_LETTER.length; c++) {
            ONE_LETTER[c] = String.valueOf((char) c);
        }
    }

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] names = new String[SLOTS];
    private int used;

    /**
     * The name in {@code bytes[start, start + length)}, which the caller has checked to be a valid UTF-8 name.
     *
     * @param hash {@code 31 * h + b} over the name's bytes, as the caller computed while finding its end
     */
    String name(byte[] bytes, int start, int length, int hash) {
        if (length == 1 && bytes[start] >= 0) {
            // c, v, r, s, t: most names in a sheet are one ASCII letter
            return ONE_LETTER[bytes[start]];
        }
        int slot = (hash ^ (hash >>> 16)) & MASK;
        for (int probe = 0; probe < PROBES; probe++) {
            byte[] key = keys[slot];
            if (key == null) {
                String name = new String(bytes, start, length, StandardCharsets.UTF_8);
                if (used < SLOTS / 2) {
                    keys[slot] = Arrays.copyOfRange(bytes, start, start + length);
                    names[slot] = name;
                    used++;
                }
                return name;
            }
            if (key.length == length && same(key, bytes, start)) {
                return names[slot];
            }
            slot = (slot + 1) & MASK;
        }
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }

    /** Names are short: a plain loop beats the vectorised comparison's set-up. */
    private static boolean same(byte[] key, byte[] bytes, int start) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }
}
