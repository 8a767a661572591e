package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.util.Optional;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnType;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Codes for CODE columns (the canonical code) and YES_NO columns ({@link Boolean}). A cell may name the code, its
 * Dutch label or the dropdown text "code - label", in any case; a number cell matches a numeric code (4 matches
 * "4.0", the number 1 matches "1"); an Excel TRUE/FALSE cell is ja/nee.
 */
final class CodeValues {

    private static final String YES = "ja";
    private static final String NO = "nee";

    private CodeValues() {
    }

    /** The code (String) or ja/nee (Boolean), or null (with a finding) when the list does not know the value. */
    static Object convert(CellInput in, CodeList list) {
        Optional<CodeList.Entry> entry = find(in.cell(), list);
        if (entry.isEmpty()) {
            in.report(RuleCode.CODELIJST, "bevat een waarde die niet in de keuzelijst '" + list.labelNl() + "' staat. "
                    + "Kies een van: " + Messages.codes(list) + ". Gebruik bij voorkeur de keuzelijst in de cel.");
            return null;
        }
        String code = entry.get().code();
        if (in.column().type() == ColumnType.YES_NO && (code.equalsIgnoreCase(YES) || code.equalsIgnoreCase(NO))) {
            return code.equalsIgnoreCase(YES);
        }
        return code;
    }

    private static Optional<CodeList.Entry> find(RawCell cell, CodeList list) {
        return switch (cell.kind()) {
            case TEXT -> list.find(cell.text());
            case BOOLEAN -> list.find(Boolean.parseBoolean(cell.text().strip()) ? YES : NO);
            case NUMBER -> list.find(cell.text()).or(() -> numeric(cell.number(), list));
            default -> Optional.empty();
        };
    }

    private static Optional<CodeList.Entry> numeric(double number, CodeList list) {
        if (!Double.isFinite(number)) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.valueOf(number);
        return list.entries().stream()
                .filter(e -> NumberText.parse(e.code()).filter(p -> p.value().compareTo(value) == 0).isPresent())
                .findFirst();
    }
}
