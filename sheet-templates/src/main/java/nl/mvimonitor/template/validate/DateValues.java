package nl.mvimonitor.template.validate;

import java.time.LocalDate;
import java.util.Optional;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.RawCell;

/** Dates for DATE columns: Excel serial dates, numbers without date format, and dates typed as text. */
final class DateValues {

    private DateValues() {
    }

    /** The date, or null (with a finding) when the cell holds no date. */
    static LocalDate convert(CellInput in) {
        RawCell cell = in.cell();
        Optional<LocalDate> date = Optional.empty();
        if (cell.kind() == RawCell.Kind.NUMBER && cell.dateFormat()) {
            date = ExcelDates.fromSerial(cell.number());
        } else if (cell.kind() == RawCell.Kind.NUMBER && ExcelDates.isPlausibleSerial(cell.number())) {
            date = ExcelDates.fromSerial(cell.number());
            in.report(RuleCode.DATUM_ZONDER_OPMAAK, "is een getal zonder datumopmaak en is als Excel-datum gelezen. "
                    + "Controleer de datum en geef de cel de opmaak dd-mm-jjjj.");
        } else if (cell.kind() == RawCell.Kind.TEXT) {
            date = DateText.parse(cell.text());
            date.ifPresent(d -> in.report(RuleCode.DATUM_ALS_TEKST, "is als tekst ingevoerd. De datum is overgenomen "
                    + "(dag-maand-jaar); vul hem opnieuw in als datum (dd-mm-jjjj), zodat Excel hem als datum herkent."));
        }
        if (date.isEmpty()) {
            in.report(RuleCode.TYPE_DATUM, "bevat geen geldige datum. Vul een datum in als dd-mm-jjjj, "
                    + "bijvoorbeeld 31-12-2025.");
        }
        return date.orElse(null);
    }
}
