package nl.mvimonitor.template.read;

import java.util.Locale;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.read.ContentTypesHandler.MacroKind;
import nl.mvimonitor.template.read.ContentTypesHandler.MacroType;

/**
 * Refuses a workbook with macros, and says which case it is: a VBA project or an Excel 4.0 macro sheet that is
 * really in the zip, or only a content type that allows macros. The last is refused too (BESTAND_MACRO): whether
 * Excel runs code is decided by parts and relationships the reader does not trace in full (a VBA part may have any
 * name), and saving as .xlsx is an easy fix; but its message does not claim that the file contains macros.
 */
final class MacroCheck {

    private MacroCheck() {
    }

    /** @throws FileRejected with BESTAND_MACRO when the workbook has or declares macros */
    static void refuseMacros(ContentTypesHandler types, ZipDirectory zip) {
        if (contains(MacroKind.VBA, types, zip)) {
            throw new FileRejected(RuleCode.BESTAND_MACRO, "er zit een macroproject (VBA) in de werkmap");
        }
        if (contains(MacroKind.MACRO_SHEET, types, zip)) {
            throw new FileRejected(RuleCode.BESTAND_MACRO, "er zit een Excel 4.0-macroblad in de werkmap");
        }
        if (types.macroEnabled()) {
            throw FileRejected.withReason(RuleCode.BESTAND_MACRO, "is opgeslagen als Excel-werkmap met macro's "
                    + "(.xlsm) en is om veiligheidsredenen niet gelezen", "het bestandstype staat macro's toe; "
                    + "er is geen macroproject in de werkmap gevonden");
        }
    }

    private static boolean contains(MacroKind kind, ContentTypesHandler types, ZipDirectory zip) {
        for (ZipEntryInfo entry : zip.entries()) {
            String name = entry.name().toLowerCase(Locale.ROOT);
            if (kind == MacroKind.VBA ? name.endsWith("vbaproject.bin")
                    : name.startsWith("macrosheets/") || name.contains("/macrosheets/")) {
                return true;
            }
            for (MacroType type : types.macroTypes()) {
                if (type.kind() == kind && (type.partName() != null && type.partName().equalsIgnoreCase(entry.name())
                        || type.extension() != null && name.endsWith("." + type.extension()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
