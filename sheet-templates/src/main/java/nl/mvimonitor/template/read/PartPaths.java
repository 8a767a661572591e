package nl.mvimonitor.template.read;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * Refuses zip entry names that point outside the archive's own folder: {@code ../} that climbs above the root, an
 * absolute path ({@code /etc}, {@code C:}), with a backslash read as the folder separator Windows tools take it for,
 * and a name cut at a NUL as C programs read it. The reader never writes parts to disk, but such a name is a crafted
 * file (an archive-extraction attack on whoever unpacks it next), so it is named as such instead of being read.
 *
 * <p>A name that stays inside but is not one Excel writes (a backslash as separator, as some zip tools write; a
 * control character) is refused as damage, saying so: "a path outside the workbook" would name the wrong cause.
 */
final class PartPaths {

    static final String DETAIL = "het archief bevat een onderdeel met een pad buiten de werkmap";
    /** Enough of a crafted name to recognise it; the rest could be anything. */
    private static final int SHOWN_CHARS = 80;

    private PartPaths() {
    }

    /**
     * @throws FileRejected with BESTAND_PAD_BUITEN_MAP when the name leaves the archive's folder, BESTAND_BESCHADIGD
     *                      when it stays inside but is not a name Excel writes
     */
    static void requireInside(String name) {
        if (leavesFolder(name)) {
            throw new FileRejected(RuleCode.BESTAND_PAD_BUITEN_MAP, DETAIL + ": '" + shown(name) + "'");
        }
        if (name.indexOf('\\') >= 0) {
            throw FileRejected.corrupt("het onderdeel '" + shown(name) + "' heeft een naam met een backslash (\\) "
                    + "als mapscheiding, wat Excel nooit schrijft: het archief is met een ander programma gemaakt of "
                    + "opnieuw ingepakt");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw FileRejected.corrupt("de naam van het onderdeel '" + shown(name) + "' bevat een stuurteken, wat "
                    + "in een .xlsx-bestand niet voorkomt");
        }
    }

    /** Read with either separator, and also as cut at its first NUL: whichever way a tool reads it. */
    static boolean leavesFolder(String name) {
        int nul = name.indexOf('\0');
        return leaves(name.replace('\\', '/')) || nul >= 0 && leaves(name.substring(0, nul).replace('\\', '/'));
    }

    private static boolean leaves(String name) {
        if (name.startsWith("/") || name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
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
