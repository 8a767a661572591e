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
        if (type == null || "n".equals(type)) {
            return number(ref, style, text);
        }
        return switch (type) {
            case "s" -> sharedString(ref, text);
            case "str", "inlineStr" -> RawCell.text(ref, text.value());
            case "b" -> bool(ref, text.raw().toString().trim());
            case "e" -> new RawCell(ref, RawCell.Kind.ERROR, text.raw().toString().trim(), Double.NaN, false);
            case "d" -> isoDate(ref, text.raw().toString().trim());
            default -> throw FileRejected.corrupt("cel " + ref.a1() + " heeft een onbekend celtype");
        };
    }

    private RawCell number(CellRef ref, int style, CellText text) {
        String digits = text.raw().toString().trim();
        if (digits.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw FileRejected.corrupt("cel " + ref.a1() + " bevat een ongeldig getal");
        }
        boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
        return RawCell.number(ref, date && date1904 ? value + DAYS_1904_OFFSET : value, date);
    }

    private RawCell sharedString(CellRef ref, CellText text) {
        if (text.length() == 0) {
            return null;
        }
        int index = parseIndex(text.raw());
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

    /** A non-negative decimal index without creating a String; -1 when it is not one. */
    private static int parseIndex(CharSequence digits) {
        long value = 0;
        int start = 0;
        int end = digits.length();
        while (start < end && Character.isWhitespace(digits.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(digits.charAt(end - 1))) {
            end--;
        }
        if (start == end || end - start > 10) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
