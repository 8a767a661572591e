package nl.mvimonitor.template.read;

import java.util.Locale;

/**
 * Bounds on the XML of a part that no workbook Excel writes comes near, as the JDK's secure processing bounds
 * them; passing one is named as a file built to exhaust the reader ({@link XmlLimitExceeded}). The parser enforces
 * what it can ({@link XmlParsers}); {@link StaxPartParser} checks the rest.
 */
final class XmlLimits {

    static final int MAX_DEPTH = 10_000;
    static final int MAX_ATTRIBUTES = 10_000;
    static final int MAX_NAME = 1_000;
    /** A start tag or attribute value, in characters. */
    static final int MAX_TOKEN = 1 << 20;
    /** One run of text between two tags, in characters; a cell holds at most 32,767. */
    static final int MAX_TEXT = 10_000_000;

    private XmlLimits() {
    }

    static XmlLimitExceeded tooDeep() {
        return new XmlLimitExceeded("elements nested too deeply", "elementen die meer dan " + dutch(MAX_DEPTH)
                + " niveaus diep in elkaar zitten");
    }

    static XmlLimitExceeded tooManyAttributes() {
        return new XmlLimitExceeded("too many attributes", "een element met meer dan " + dutch(MAX_ATTRIBUTES)
                + " attributen");
    }

    static XmlLimitExceeded nameTooLong() {
        return new XmlLimitExceeded("name too long", "een naam van meer dan " + dutch(MAX_NAME) + " tekens");
    }

    static XmlLimitExceeded tokenTooLong() {
        return new XmlLimitExceeded("a tag is longer than " + MAX_TOKEN + " characters", "een tag of verwijzing "
                + "van meer dan " + InflationBudget.megabytes(MAX_TOKEN));
    }

    static XmlLimitExceeded textTooLong() {
        return new XmlLimitExceeded("a text is longer than " + MAX_TEXT + " characters", "een tekst van meer dan "
                + dutch(MAX_TEXT) + " tekens");
    }

    private static String dutch(int number) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,d", number);
    }
}
