package nl.mvimonitor.template.validate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnType;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.submission.RawCell;

/**
 * Codes for CODE columns (the canonical code) and YES_NO columns ({@link Boolean}). A cell may name the code, its
 * Dutch label or the dropdown text "code - label", in any case; a number cell matches a numeric code (4 matches
 * "4.0", the number 1 matches "1"); an Excel TRUE/FALSE cell is ja/nee.
 */
final class CodeValues {

    private static final String YES = "ja";
    private static final String NO = "nee";

    /**
     * Per code list key, its lookup, worked out once per schema: what {@link CodeList#find} answers for each text a
     * dropdown offers (code, label, "code - label"), as nearly every cell holds one of these and find searches the
     * list; and its numeric codes by normalised value (the first entry wins).
     */
    private final Map<String, Lookup> lookups = new HashMap<>();

    CodeValues(TemplateSchema schema) {
        schema.codeLists().forEach((key, list) -> lookups.put(key, new Lookup(list, offered(list), numericCodes(list))));
    }

    /** The code (String) or ja/nee (Boolean), or null (with a finding) when the list does not know the value. */
    Object convert(CellInput in) {
        Lookup lookup = lookups.get(in.column().codeList());
        CodeList list = lookup.list();
        Optional<CodeList.Entry> entry = find(in.cell(), lookup);
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

    private static Optional<CodeList.Entry> find(RawCell cell, Lookup list) {
        return switch (cell.kind()) {
            case TEXT -> list.find(cell.text());
            case BOOLEAN -> list.find(Boolean.parseBoolean(cell.text().strip()) ? YES : NO);
            case NUMBER -> list.find(cell.text()).or(() -> numeric(cell.number(), list.numeric()));
            default -> Optional.empty();
        };
    }

    private static Optional<CodeList.Entry> numeric(double number, Map<BigDecimal, CodeList.Entry> numeric) {
        if (!Double.isFinite(number)) {
            return Optional.empty();
        }
        return Optional.ofNullable(numeric.get(NumberText.normalised(BigDecimal.valueOf(number))));
    }

    /** {@link CodeList#find}, answered from the texts worked out beforehand when it can be. */
    private record Lookup(CodeList list, Map<String, Optional<CodeList.Entry>> offered,
            Map<BigDecimal, CodeList.Entry> numeric) {

        Optional<CodeList.Entry> find(String value) {
            // find depends only on the trimmed value, so a stored answer for it is the answer
            Optional<CodeList.Entry> known = value == null ? null : offered.get(value.trim());
            return known != null ? known : list.find(value);
        }
    }

    private static Map<String, Optional<CodeList.Entry>> offered(CodeList list) {
        Map<String, Optional<CodeList.Entry>> answers = new HashMap<>();
        for (CodeList.Entry entry : list.entries()) {
            for (String text : List.of(entry.code(), entry.labelNl(), list.display(entry))) {
                answers.computeIfAbsent(text.trim(), list::find);
            }
        }
        for (String text : List.of(YES, NO)) {
            answers.computeIfAbsent(text, list::find);
        }
        return answers;
    }

    /** The codes that read as a number, keyed like {@link NumberText#normalised} keys them, so equal values meet. */
    private static Map<BigDecimal, CodeList.Entry> numericCodes(CodeList list) {
        Map<BigDecimal, CodeList.Entry> codes = new HashMap<>();
        for (CodeList.Entry entry : list.entries()) {
            NumberText.parse(entry.code()).ifPresent(parsed -> codes.putIfAbsent(parsed.value(), entry));
        }
        return codes;
    }
}
