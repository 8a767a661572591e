package nl.mvimonitor.template.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.xml.sax.Attributes;

/**
 * The attributes of the start tag {@link QuickXml} is reporting, as the JDK's non-namespace-aware parser gives them:
 * qualified names only, type CDATA. A plain ASCII value is kept as a range of the parser's bytes, any other as
 * characters; either is made into a String only when asked, as most attributes of a sheet (styles of cells nobody
 * reads) never are. Valid only during {@code startElement}.
 */
final class XmlAttributes implements Attributes {

    private static final String CDATA = "CDATA";

    private String[] names = new String[8];
    private int[] hashes = new int[8];
    /** Where a value starts: in {@link #source} when {@link #plain}, else in {@link #chars}. */
    private boolean[] plain = new boolean[8];
    private byte[] source;
    private int[] starts = new int[8];
    private int[] lengths = new int[8];
    private String[] values = new String[8];
    private char[] chars = new char[256];
    private int charCount;
    private int count;

    /** Starts a tag whose plain values lie in {@code bytes}. */
    void clear(byte[] bytes) {
        for (int i = 0; i < count; i++) {
            values[i] = null;
        }
        source = bytes;
        count = 0;
        charCount = 0;
    }

    /** Adds an attribute whose value is printable ASCII at {@code bytes[start, start + length)}. */
    void addPlain(String qName, int hash, int start, int length) {
        add(qName, hash);
        plain[count - 1] = true;
        starts[count - 1] = start;
        lengths[count - 1] = length;
    }

    /** Starts the next attribute's value; its characters follow with {@link #append}. */
    void add(String qName, int hash) {
        if (count == names.length) {
            int size = count * 2;
            names = Arrays.copyOf(names, size);
            hashes = Arrays.copyOf(hashes, size);
            plain = Arrays.copyOf(plain, size);
            starts = Arrays.copyOf(starts, size);
            lengths = Arrays.copyOf(lengths, size);
            values = Arrays.copyOf(values, size);
        }
        names[count] = qName;
        hashes[count] = hash;
        plain[count] = false;
        starts[count] = charCount;
        lengths[count] = 0;
        count++;
    }

    void append(char c) {
        if (charCount == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[charCount++] = c;
        lengths[count - 1]++;
    }

    /** Whether the tag already has an attribute of this name (with this name hash). */
    boolean has(String qName, int hash) {
        for (int i = 0; i < count; i++) {
            if (hashes[i] == hash && names[i].equals(qName)) {
                return true;
            }
        }
        return false;
    }

    /** Drops the characters of a large value, so one file's long attribute does not stay in a reused buffer. */
    void release() {
        clear(null);
        Arrays.fill(names, null);
        if (chars.length > 4096) {
            chars = new char[256];
        }
    }

    @Override
    public int getLength() {
        return count;
    }

    @Override
    public String getURI(int index) {
        return index >= 0 && index < count ? "" : null;
    }

    @Override
    public String getLocalName(int index) {
        return index >= 0 && index < count ? "" : null;
    }

    @Override
    public String getQName(int index) {
        return index >= 0 && index < count ? names[index] : null;
    }

    @Override
    public String getType(int index) {
        return index >= 0 && index < count ? CDATA : null;
    }

    @Override
    public String getValue(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        String value = values[index];
        if (value == null) {
            value = plain[index] ? new String(source, starts[index], lengths[index], StandardCharsets.ISO_8859_1)
                    : new String(chars, starts[index], lengths[index]);
            values[index] = value;
        }
        return value;
    }

    @Override
    public int getIndex(String uri, String localName) {
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return null;
    }

    @Override
    public String getType(String qName) {
        return getIndex(qName) < 0 ? null : CDATA;
    }

    @Override
    public String getValue(String uri, String localName) {
        return null;
    }

    @Override
    public String getValue(String qName) {
        return getValue(getIndex(qName));
    }
}
