package nl.mvimonitor.template.read;

import javax.xml.stream.XMLStreamException;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * The part is XML, perhaps well-formed, but passes a limit no workbook Excel writes comes near ({@link XmlLimits}):
 * a file built to make the parser spend memory or time. The reader names it as such ({@code BESTAND_ZIPBOM}), not
 * as invalid XML, which would name the wrong cause.
 */
final class XmlLimitExceeded extends XMLStreamException {

    private static final long serialVersionUID = 1L;

    private final String dutch;

    /** @param dutch what the part has, after "het onderdeel x heeft ", e.g. "elementen die ... diep genest zijn" */
    XmlLimitExceeded(String message, String dutch) {
        super(message);
        this.dutch = dutch;
    }

    FileRejected rejection(String partName) {
        return FileRejected.withReason(RuleCode.BESTAND_ZIPBOM,
                "is zo opgebouwd dat het lezen ervan onwaarschijnlijk veel geheugen of tijd zou kosten en is om "
                        + "veiligheidsredenen niet gelezen", "het onderdeel " + partName + " heeft " + dutch);
    }
}
