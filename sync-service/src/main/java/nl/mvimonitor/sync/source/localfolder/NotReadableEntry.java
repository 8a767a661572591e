package nl.mvimonitor.sync.source.localfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import nl.mvimonitor.sync.source.SourceFile.NotReadable;

/**
 * Which entries that are not regular files the local folder lists (so they get a finding) and as what. Only the
 * target's attributes are looked at, never its content: a link out of the root or to a pipe is safe to examine.
 */
final class NotReadableEntry {

    private NotReadableEntry() {
    }

    /**
     * @param attrs     the entry's own attributes (links not followed)
     * @param workbook  whether it is named like a workbook
     * @param unitLevel whether it is directly in the root, where unit folders are
     * @return what to list it as, or null to leave it out (like any file that is not a workbook)
     */
    static NotReadable kindOf(Path entry, BasicFileAttributes attrs, boolean workbook, boolean unitLevel) {
        if (attrs.isSymbolicLink()) {
            BasicFileAttributes target = target(entry);
            if (target == null) {
                return workbook || unitLevel ? NotReadable.BROKEN_LINK : null;
            }
            if (target.isDirectory()) {
                return NotReadable.LINK_TO_FOLDER;
            }
            return workbook ? NotReadable.LINK_TO_FILE : null;
        }
        return workbook || unitLevel ? NotReadable.SPECIAL_FILE : null;
    }

    /** The link's target's attributes, or null when it has none that can be read (missing, a loop, no access). */
    private static BasicFileAttributes target(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
