package nl.mvimonitor.sync.benchmark;

import java.util.Objects;

/**
 * One entry of a prototype workbook, uncompressed.
 *
 * @param name    entry name, e.g. {@code xl/sharedStrings.xml}
 * @param content the entry's bytes; not copied, never changed after the prototype is built
 */
record ZipPart(String name, byte[] content) {

    ZipPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
