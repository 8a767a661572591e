package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.util.Optional;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.ColumnType;
import nl.mvimonitor.template.submission.RawCell;

/** Numbers for INTEGER, DECIMAL, AMOUNT and PERCENT columns, including Dutch numbers typed as text. */
final class NumberValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberValues() {
    }

    /** The number, or null (with a finding) when the cell holds no usable number. */
    static BigDecimal convert(CellInput in) {
        Optional<NumberText.Parsed> parsed = read(in);
        if (parsed.isEmpty()) {
            in.report(RuleCode.TYPE_GETAL, "bevat geen getal. Vul alleen een getal in, zonder tekst of eenheid, "
                    + "bijvoorbeeld " + example(in.column().type()) + ".");
            return null;
        }
        BigDecimal value = parsed.get().value();
        if (in.column().type() == ColumnType.INTEGER && value.scale() > 0) {
            in.report(RuleCode.TYPE_GETAL, "moet een geheel getal zijn, zonder decimalen.");
            return null;
        }
        if (in.kind() == RawCell.Kind.TEXT) {
            in.report(RuleCode.GETAL_ALS_TEKST, "is als tekst ingevoerd. De waarde is als getal overgenomen; typ hem "
                    + "als getal (zonder euroteken, punten of procentteken), zodat Excel ermee kan rekenen."
                    + readingNote(parsed.get().reading()));
        }
        checkRange(in, value);
        return value;
    }

    /** Reports BEREIK when {@code value} lies outside the column's min and max. */
    static void checkRange(CellInput in, BigDecimal value) {
        ColumnSchema column = in.column();
        boolean tooLow = column.min() != null && value.compareTo(column.min()) < 0;
        boolean tooHigh = column.max() != null && value.compareTo(column.max()) > 0;
        if (tooLow || tooHigh) {
            in.report(RuleCode.BEREIK, rangeText(column) + " Pas het getal aan.");
        }
    }

    private static String rangeText(ColumnSchema column) {
        if (column.min() != null && column.max() != null) {
            return "moet tussen " + Messages.number(column.min()) + " en " + Messages.number(column.max()) + " liggen.";
        }
        if (column.min() != null) {
            return "moet " + Messages.number(column.min()) + " of meer zijn.";
        }
        return "mag hoogstens " + Messages.number(column.max()) + " zijn.";
    }

    private static Optional<NumberText.Parsed> read(CellInput in) {
        RawCell cell = in.cell();
        if (cell.kind() == RawCell.Kind.TEXT) {
            return NumberText.parse(cell.text());
        }
        if (cell.kind() != RawCell.Kind.NUMBER || !Double.isFinite(cell.number())) {
            return Optional.empty();
        }
        // a cell with a percent format stores 12,5% as 0.125; the column holds percentages 0-100
        if (in.column().type() == ColumnType.PERCENT && cell.text().strip().endsWith("%")) {
            BigDecimal value = BigDecimal.valueOf(cell.number()).multiply(HUNDRED);
            return Optional.of(new NumberText.Parsed(NumberText.normalised(value), NumberText.Reading.PLAIN));
        }
        return Optional.of(new NumberText.Parsed(NumberText.normalised(cell.number()), NumberText.Reading.PLAIN));
    }

    private static String readingNote(NumberText.Reading reading) {
        return switch (reading) {
            case PLAIN -> "";
            case THOUSANDS_DOT -> " Let op: de punt is gelezen als scheiding van duizendtallen (1.500 is "
                    + "duizendvijfhonderd). Bedoelt u een decimaal getal, gebruik dan een komma (1,5).";
            case DECIMAL_DOT -> " Let op: de punt is gelezen als decimaalteken (1.5 is anderhalf). Gebruik in "
                    + "Nederlandse notatie een komma (1,5).";
        };
    }

    private static String example(ColumnType type) {
        return switch (type) {
            case INTEGER -> "12";
            case AMOUNT -> "125000 (euro zonder btw)";
            case PERCENT -> "12,5 (procent, 0 tot 100)";
            default -> "1234,56";
        };
    }
}
