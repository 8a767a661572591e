package nl.mvimonitor.template.read;

import java.util.Locale;

import org.xml.sax.Attributes;

/** Reads {@code [Content_Types].xml}: is there a macro-enabled part, and is this a spreadsheet at all? */
final class ContentTypesHandler extends PartHandler {

    static final String PART = "[Content_Types].xml";

    private boolean macroEnabled;
    private boolean spreadsheet;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String type = attributes.getValue("ContentType");
        if (type == null) {
            return;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        // e.g. application/vnd.ms-excel.sheet.macroEnabled.main+xml, vnd.ms-office.vbaProject, and Excel 4.0
        // macro sheets (vnd.ms-excel.macrosheet+xml), which run without VBA
        macroEnabled |= lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("macrosheet");
        spreadsheet |= lower.contains("spreadsheetml") || lower.contains("ms-excel");
    }

    boolean macroEnabled() {
        return macroEnabled;
    }

    boolean spreadsheet() {
        return spreadsheet;
    }
}
