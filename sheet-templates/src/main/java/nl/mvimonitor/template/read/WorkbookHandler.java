package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.xml.sax.Attributes;

/** Reads {@code xl/workbook.xml}: the sheets in workbook order and the date system. */
final class WorkbookHandler extends PartHandler {

    /** A sheet as the workbook lists it; {@code state} is visible, hidden or veryHidden. */
    record SheetDeclaration(String name, String relationshipId, String state) {
    }

    private final List<SheetDeclaration> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = local(qName);
        if ("sheet".equals(name)) {
            String sheetName = attributes.getValue("name");
            String id = attribute(attributes, "id");
            if (sheetName != null && id != null) {
                String state = attributes.getValue("state");
                sheets.add(new SheetDeclaration(sheetName, id, state == null ? "visible" : state));
            }
        } else if ("workbookPr".equals(name)) {
            date1904 = isTrue(attributes.getValue("date1904"));
        }
    }

    /** Read-only: a handler's results may be {@linkplain KeptParts kept} and shared between reads. */
    List<SheetDeclaration> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    boolean date1904() {
        return date1904;
    }
}
