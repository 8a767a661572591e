package nl.mvimonitor.template.read;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * Refuses zip entry names that point outside the archive's own folder: {@code ../} that climbs above the root, an
 * absolute path ({@code /etc}, {@code C:}), or a backslash, which Windows tools treat as a folder separator. The
 * reader never writes parts to disk, but such a name is a crafted file (an archive-extraction attack on whoever
 * unpacks it next), so it is named as such instead of being read.
 */
final class PartPaths {

    static final String DETAIL = "het archief bevat een onderdeel met een pad buiten de werkmap";
    /** Enough of a crafted name to recognise it; the rest could be anything. */
    private static final int SHOWN_CHARS = 80;

    private PartPaths() {
    }

    /** @throws FileRejected with BESTAND_PAD_BUITEN_MAP when the name leaves the archive's folder */
    static void requireInside(String name) {
        if (leavesFolder(name)) {
            throw new FileRejected(RuleCode.BESTAND_PAD_BUITEN_MAP, DETAIL + ": '" + shown(name) + "'");
        }
    }

    static boolean leavesFolder(String name) {
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return true;
        }
        int depth = 0;
        for (String segment : name.split("/", -1)) {
            if ("..".equals(segment)) {
                depth--;
            } else if (!segment.isEmpty() && !".".equals(segment)) {
                depth++;
            }
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** The name without control characters and cut short: it goes into a message and a log. */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(SHOWN_CHARS).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return name.codePointCount(0, name.length()) > SHOWN_CHARS ? shown.append('…').toString() : shown.toString();
    }
}
