package nl.mvimonitor.template.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a tab.
 *
 * @param key               stable key, never shown to users, survives renaming and reordering
 * @param labelNl           Dutch header label
 * @param labelEn           English label
 * @param type              value type
 * @param required          always required
 * @param requiredFromPhase required from this phase on (null: see {@code required})
 * @param codeList          key of the code list for {@link ColumnType#CODE} and {@link ColumnType#YES_NO}
 * @param min               lowest allowed number (inclusive), or null
 * @param max               highest allowed number (inclusive), or null
 * @param pattern           regular expression the text value must match entirely, or null
 * @param patternHintNl     Dutch description of the pattern for messages, e.g. "8 cijfers"
 * @param helpNl            Dutch help text (cell comment)
 * @param helpEn            English help text
 * @param aliases           older or common labels that also bind to this column
 * @param privacy           how strictly the column is searched for personal data
 * @param prefill           name of a prefill value written by provisioning (project_id, organisation), or null
 */
public record ColumnSchema(
        String key,
        String labelNl,
        String labelEn,
        ColumnType type,
        boolean required,
        Phase requiredFromPhase,
        String codeList,
        BigDecimal min,
        BigDecimal max,
        Pattern pattern,
        String patternHintNl,
        String helpNl,
        String helpEn,
        List<String> aliases,
        PrivacyCheck privacy,
        String prefill) {

    public ColumnSchema {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelNl, "labelNl");
        Objects.requireNonNull(type, "type");
        labelEn = labelEn == null ? labelNl : labelEn;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        helpNl = helpNl == null ? "" : helpNl;
        helpEn = helpEn == null ? "" : helpEn;
        if ((type == ColumnType.CODE || type == ColumnType.YES_NO) && codeList == null) {
            throw new IllegalArgumentException("column " + key + " of type " + type + " needs a code list");
        }
        if (privacy == null) {
            privacy = defaultPrivacy(type);
        }
    }

    /** True when the column must be filled in a project in {@code phase} (null phase: only always-required). */
    public boolean isRequiredIn(Phase phase) {
        if (required) {
            return true;
        }
        return requiredFromPhase != null && phase != null && phase.atLeast(requiredFromPhase);
    }

    /** True when the column is required in some phase. */
    public boolean isEverRequired() {
        return required || requiredFromPhase != null;
    }

    private static PrivacyCheck defaultPrivacy(ColumnType type) {
        return switch (type) {
            case TEXT, LONG_TEXT -> PrivacyCheck.FREE_TEXT;
            case INTEGER, CODE, PERIOD, YES_NO, DATE -> PrivacyCheck.VALUE;
            case DECIMAL, AMOUNT, PERCENT -> PrivacyCheck.NONE;
        };
    }
}
