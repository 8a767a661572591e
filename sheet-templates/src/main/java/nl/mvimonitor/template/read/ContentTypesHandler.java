package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.xml.sax.Attributes;

/**
 * Reads {@code [Content_Types].xml}: which macro content types it declares (and for which parts or extensions), and
 * is this a spreadsheet at all? Declaring a type is not containing a part of it: {@link WorkbookPackage} looks in
 * the zip for that.
 */
final class ContentTypesHandler extends PartHandler {

    static final String PART = "[Content_Types].xml";

    /** What kind of macro content a declared type is about. */
    enum MacroKind {
        /** A VBA project (vnd.ms-office.vbaProject). */
        VBA,
        /** An Excel 4.0 macro sheet (vnd.ms-excel.macrosheet+xml), which runs without VBA. */
        MACRO_SHEET,
        /** A workbook type that allows macros (…macroEnabled.main+xml), without saying where they are. */
        MACRO_ENABLED
    }

    /**
     * One declaration of a macro content type.
     *
     * @param partName  the part an {@code Override} names (no leading slash), or null for a {@code Default}
     * @param extension the extension a {@code Default} names, or null for an {@code Override}
     */
    record MacroType(MacroKind kind, String partName, String extension) {
    }

    private final List<MacroType> macroTypes = new ArrayList<>();
    private boolean spreadsheet;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String type = attributes.getValue("ContentType");
        if (type == null) {
            return;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        MacroKind kind = lower.contains("vbaproject") ? MacroKind.VBA
                : lower.contains("macrosheet") ? MacroKind.MACRO_SHEET
                : lower.contains("macroenabled") ? MacroKind.MACRO_ENABLED : null;
        if (kind != null) {
            String part = attributes.getValue("PartName");
            String extension = attributes.getValue("Extension");
            macroTypes.add(new MacroType(kind, part == null ? null : part.replaceFirst("^/", ""),
                    extension == null ? null : extension.toLowerCase(Locale.ROOT)));
        }
        spreadsheet |= lower.contains("spreadsheetml") || lower.contains("ms-excel");
    }

    /** Any macro content type at all. */
    boolean macroEnabled() {
        return !macroTypes.isEmpty();
    }

    /** Read-only: a handler's results may be {@linkplain KeptParts kept} and shared between reads. */
    List<MacroType> macroTypes() {
        return Collections.unmodifiableList(macroTypes);
    }

    boolean spreadsheet() {
        return spreadsheet;
    }
}
