package nl.mvimonitor.template.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A versioned list of stable codes with Dutch and English labels. */
public record CodeList(String key, String labelNl, boolean showLabels, List<Entry> entries) {

    /** Separator between code and label in dropdown texts such as {@code KLI - Klimaat (mitigatie)}. */
    public static final String DISPLAY_SEPARATOR = " - ";

    public CodeList {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelNl, "labelNl");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("code list " + key + " has no entries");
        }
    }

    /**
     * The entry that {@code value} names, ignoring case and surrounding spaces: its code, its Dutch label, or
     * the dropdown text "code - label".
     */
    public Optional<Entry> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim();
        Optional<Entry> byCode = entries.stream().filter(e -> e.code().equalsIgnoreCase(wanted)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        Optional<Entry> byLabel = entries.stream().filter(e -> e.labelNl().equalsIgnoreCase(wanted)).findFirst();
        if (byLabel.isPresent()) {
            return byLabel;
        }
        int separator = wanted.indexOf(DISPLAY_SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String code = wanted.substring(0, separator).trim();
        return entries.stream().filter(e -> e.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The texts offered in dropdowns: codes, or "code - label" when {@code showLabels}. */
    public List<String> displayValues() {
        return entries.stream().map(this::display).toList();
    }

    public String display(Entry entry) {
        return showLabels ? entry.code() + DISPLAY_SEPARATOR + entry.labelNl() : entry.code();
    }

    public List<String> codes() {
        return entries.stream().map(Entry::code).toList();
    }

    /** One code with its labels. */
    public record Entry(String code, String labelNl, String labelEn) {
        public Entry {
            Objects.requireNonNull(code, "code");
            labelNl = labelNl == null ? code : labelNl;
            labelEn = labelEn == null ? labelNl : labelEn;
        }
    }
}
