package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.util.List;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;

/**
 * Pieces of Dutch finding messages. Everything here comes from the schema or is computed; nothing is copied from a
 * cell, because a cell may hold personal data.
 */
final class Messages {

    /** Code lists longer than this are shown shortened, so a message stays readable. */
    static final int MAX_CODES_SHOWN = 12;

    private Messages() {
    }

    /** The Dutch column label in quotes: {@code 'Weging %'}. */
    static String label(ColumnSchema column) {
        return "'" + column.labelNl() + "'";
    }

    /** A number in Dutch notation without needless zeros: {@code 12,5}, {@code 100}. */
    static String number(BigDecimal value) {
        return NumberText.normalised(value).toPlainString().replace('.', ',');
    }

    /** The allowed codes of a list: {@code KLI, KLA, CIR}; after {@value #MAX_CODES_SHOWN}, "... en nog 5 andere". */
    static String codes(CodeList list) {
        List<String> codes = list.codes();
        if (codes.size() <= MAX_CODES_SHOWN) {
            return String.join(", ", codes);
        }
        return String.join(", ", codes.subList(0, MAX_CODES_SHOWN)) + ", ... en nog " + (codes.size() - MAX_CODES_SHOWN)
                + " andere";
    }

    /** "1 rij" or "3 rijen". */
    static String rows(int count) {
        return count == 1 ? "1 rij" : count + " rijen";
    }
}
