package nl.mvimonitor.template.validate;


import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Text for TEXT and LONG_TEXT columns, checked against the column's pattern. A number cell becomes its digits
 * without decimals or exponent (a KvK number typed as a number); when that lost a leading zero, the message says so.
 * A value that does not match its pattern is not kept: identifier columns must not store what they cannot trust.
 */
final class TextValues {

    private TextValues() {
    }

    /** The text, or null (with a finding) when it does not have the prescribed form. */
    static String convert(CellInput in) {
        String text = asText(in.cell());
        ColumnSchema column = in.column();
        if (column.pattern() == null || column.pattern().matcher(text).matches()) {
            return text;
        }
        String hint = column.patternHintNl() == null ? "" : ": " + column.patternHintNl();
        String zero = lostLeadingZero(in, text) ? " Het nummer is als getal ingevoerd, waardoor de voorloopnul is "
                + "weggevallen (" + text.length() + " in plaats van " + (text.length() + 1) + " cijfers). Zet de cel "
                + "op Tekst en typ het nummer met de nul ervoor." : "";
        in.report(RuleCode.PATROON, "heeft niet de voorgeschreven vorm" + hint + "." + zero);
        return null;
    }

    private static boolean lostLeadingZero(CellInput in, String text) {
        return in.kind() == RawCell.Kind.NUMBER && in.column().pattern().matcher("0" + text).matches();
    }

    private static String asText(RawCell cell) {
        if (cell.kind() != RawCell.Kind.NUMBER || !Double.isFinite(cell.number())) {
            return cell.text().strip();
        }
        if (cell.dateFormat()) {
            var date = ExcelDates.fromSerial(cell.number());
            if (date.isPresent()) {
                return date.get().toString();
            }
        }
        return NumberText.normalised(cell.number()).toPlainString();
    }
}
