package nl.mvimonitor.template.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;

import nl.mvimonitor.template.submission.CellRef;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Turns the raw parts of a {@code <c>} element (type attribute, style index, value text) into a {@link RawCell},
 * using the workbook's shared strings, date styles and date system. Dates in a 1904-system workbook are shifted to
 * the 1900 system, so every {@code RawCell} serial means the same day.
 */
final class CellDecoder {

    /** Days between the 1900 and the 1904 date systems' day zero. */
    static final int DAYS_1904_OFFSET = 1462;

    private final String[] sharedStrings;
    private final boolean[] dateStyles;
    private final boolean date1904;

    CellDecoder(String[] sharedStrings, boolean[] dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * The cell, or null when the element holds no value (e.g. {@code <v/>} of a number cell).
     *
     * @param type  the {@code t} attribute, null for a number
     * @param style the {@code s} attribute as an index, -1 when absent
     * @param text  the text of {@code <v>} or the inline string
     */
    RawCell decode(CellRef ref, String type, int style, CellText text) {
        // dispatch on characters: a switch on the type String would hash a fresh String for every cell
        if (type == null || type.length() == 1 && type.charAt(0) == 'n') {
            return number(ref, style, text);
        }
        if (type.length() == 1) {
            return switch (type.charAt(0)) {
                case 's' -> sharedString(ref, text);
                case 'b' -> bool(ref, text.raw().trim());
                case 'e' -> new RawCell(ref, RawCell.Kind.ERROR, text.raw().trim(), Double.NaN, false);
                case 'd' -> isoDate(ref, text.raw().trim());
                default -> throw unknownType(ref);
            };
        }
        if ("str".equals(type) || "inlineStr".equals(type)) {
            return RawCell.text(ref, text.value());
        }
        throw unknownType(ref);
    }

    private static FileRejected unknownType(CellRef ref) {
        return FileRejected.corrupt("cel " + ref.a1() + " heeft een onbekend celtype");
    }

    private RawCell number(CellRef ref, int style, CellText text) {
        boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
        double value = text.asDecimal();
        if (!Double.isNaN(value)) {
            return date && date1904 ? RawCell.number(ref, value + DAYS_1904_OFFSET, true) : plainNumber(ref, value, date,
                    text);
        }
        String digits = text.raw().trim();
        if (digits.isEmpty()) {
            return null;
        }
        try {
            value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw FileRejected.corrupt("cel " + ref.a1() + " bevat een ongeldig getal");
        }
        return RawCell.number(ref, date && date1904 ? value + DAYS_1904_OFFSET : value, date);
    }

    /**
     * A number the file wrote as a plain decimal. Whole numbers get {@link RawCell#number}'s text; fractions get the
     * file's own digits without redundant zeros ({@code 95.5}), which is what {@code Double.toString} gives in its
     * plain range, without its cost, and stays plain above 10^7 where {@code Double.toString} turns scientific.
     */
    private static RawCell plainNumber(CellRef ref, double value, boolean date, CellText text) {
        if (value == Math.rint(value)) {
            return RawCell.number(ref, value, date);
        }
        return new RawCell(ref, RawCell.Kind.NUMBER, text.plainDecimal(), value, date);
    }

    private RawCell sharedString(CellRef ref, CellText text) {
        if (text.length() == 0) {
            return null;
        }
        int index = text.asIndex();
        if (index < 0 || index >= sharedStrings.length) {
            throw FileRejected.corrupt("cel " + ref.a1() + " verwijst naar een tekst die niet bestaat");
        }
        return RawCell.text(ref, sharedStrings[index]);
    }

    private static RawCell bool(CellRef ref, String value) {
        boolean truth;
        if ("1".equals(value) || "true".equalsIgnoreCase(value)) {
            truth = true;
        } else if ("0".equals(value) || "false".equalsIgnoreCase(value)) {
            truth = false;
        } else {
            throw FileRejected.corrupt("cel " + ref.a1() + " bevat een ongeldige waarheidswaarde");
        }
        return new RawCell(ref, RawCell.Kind.BOOLEAN, truth ? "TRUE" : "FALSE", Double.NaN, false);
    }

    /** Strict OOXML's ISO 8601 date cells ({@code t="d"}); rare, but they are dates. */
    private static RawCell isoDate(CellRef ref, String value) {
        try {
            LocalDateTime moment = value.length() <= 10
                    ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value.replace("Z", ""));
            return RawCell.number(ref, DateUtil.getExcelDate(moment, false), true);
        } catch (DateTimeParseException e) {
            return RawCell.text(ref, value);
        }
    }
}
