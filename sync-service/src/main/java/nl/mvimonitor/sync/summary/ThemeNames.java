package nl.mvimonitor.sync.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.mvimonitor.template.schema.CodeList;

/** How themes are named in the board report: "KLI - Klimaat (mitigatie)", or "Alle thema's". */
record ThemeNames(CodeList themes) {

    static final String ALL = "Alle thema's";

    String label(String code) {
        if (code == null) {
            return ALL;
        }
        return themes.find(code).map(e -> e.code() + CodeList.DISPLAY_SEPARATOR + e.labelNl()).orElse(code);
    }

    /** The codes among {@code present}, in code-list order, preceded by null for all themes. */
    List<String> withAll(Collection<String> present) {
        List<String> codes = new ArrayList<>();
        codes.add(null);
        themes.codes().stream().filter(present::contains).forEach(codes::add);
        return codes;
    }
}
