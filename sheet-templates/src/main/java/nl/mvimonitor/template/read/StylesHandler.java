package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;

/** Reads {@code xl/styles.xml} just far enough to tell, per cell style index, whether it formats a date. */
final class StylesHandler extends PartHandler {

    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> cellFormatIds = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (local(qName)) {
            case "numFmt" -> {
                Integer id = integer(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    customFormats.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = integer(attributes.getValue("numFmtId"));
                    cellFormatIds.add(id == null ? 0 : id);
                }
            }
            default -> {
                // other style parts do not matter for reading values
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(local(qName))) {
            inCellXfs = false;
        }
    }

    /** Per cell style index ({@code s} attribute of a cell): true when its number format is a date format. */
    boolean[] dateStyles() {
        boolean[] dates = new boolean[cellFormatIds.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = cellFormatIds.get(i);
            String code = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            dates[i] = DateUtil.isADateFormat(id, code);
        }
        return dates;
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
