package nl.mvimonitor.template.validate;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.RawCell;

/** Converts a filled cell to the typed value of its column, reporting what it had to interpret or refuse. */
final class CellConverter {

    private final CodeValues codes;

    CellConverter(TemplateSchema schema) {
        this.codes = new CodeValues(schema);
    }

    /** The typed value, or null when the cell is unusable (a finding says why). */
    Object convert(CellInput in) {
        if (in.kind() == RawCell.Kind.ERROR) {
            in.report(RuleCode.FORMULEFOUT, "bevat een formule die een fout geeft. Herstel de formule of vul de "
                    + "waarde zelf in.");
            return null;
        }
        return switch (in.column().type()) {
            case TEXT, LONG_TEXT -> TextValues.convert(in);
            case INTEGER, DECIMAL, AMOUNT, PERCENT -> NumberValues.convert(in);
            case DATE -> DateValues.convert(in);
            case PERIOD -> PeriodValues.convert(in);
            case YES_NO, CODE -> codes.convert(in);
        };
    }
}
