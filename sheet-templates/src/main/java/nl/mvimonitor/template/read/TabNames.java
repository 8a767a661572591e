package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;
import nl.mvimonitor.template.submission.CellRef;

/**
 * How a tab name from the file is shown: in findings (their sheet field and message), cell references and stored
 * rows. Excel allows at most {@value #MAX_CHARS} characters and none of {@code \ / ? * [ ] :}; only a crafted or
 * broken file has others, and its name is shown shortened and cleaned, with a {@link RuleCode#TABBLADNAAM_ONGELDIG}
 * finding. The one place that decides what of a tab name is shown, so other rules for shown names belong here too.
 * Binding tabs to the schema uses the name as it is in the file.
 */
final class TabNames {

    /** Excel's own limit on a tab name. */
    static final int MAX_CHARS = 31;
    private static final String FORBIDDEN = "\\/?*[]:";
    private static final String EMPTY = "(zonder naam)";
    private static final char REPLACEMENT = '_';

    private TabNames() {
    }

    /** The name as it may be shown: the name itself when Excel allows it, else shortened and cleaned. */
    static String shown(String name) {
        if (name.isEmpty()) {
            return EMPTY;
        }
        if (problems(name).isEmpty()) {
            return name;
        }
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(MAX_CHARS + 1L).forEach(c -> shown.appendCodePoint(forbidden(c) ? REPLACEMENT : c));
        if (shown.charAt(0) == '\'') {
            shown.setCharAt(0, REPLACEMENT);
        }
        if (shown.length() > MAX_CHARS) {
            // room for the ellipsis, without splitting a character outside the BMP
            int cut = Character.isHighSurrogate(shown.charAt(MAX_CHARS - 2)) ? MAX_CHARS - 2 : MAX_CHARS - 1;
            shown.setLength(cut);
            shown.append('…');
        } else if (shown.charAt(shown.length() - 1) == '\'') {
            shown.setCharAt(shown.length() - 1, REPLACEMENT);
        }
        return shown.toString();
    }

    /** A finding when Excel would not allow this name; the message shows only the {@linkplain #shown shown} name. */
    static Optional<Finding> check(String name) {
        List<String> problems = problems(name);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String shown = shown(name);
        String message = "Het tabblad '" + shown + "' heeft een naam die Excel niet toestaat (" + String.join(", ",
                problems) + "); in meldingen en overzichten heet het '" + shown + "'. Geef het tabblad een naam van "
                + "hoogstens " + MAX_CHARS + " tekens zonder \\ / ? * [ ] : en zonder ' aan het begin of einde.";
        RuleCode rule = RuleCode.TABBLADNAAM_ONGELDIG;
        return Optional.of(new Finding(rule.severity(), rule.name(), new CellRef(shown, 1, 0), message));
    }

    private static List<String> problems(String name) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("de naam is leeg");
        }
        if (name.length() > MAX_CHARS) {
            problems.add("langer dan " + MAX_CHARS + " tekens");
        }
        if (name.codePoints().anyMatch(TabNames::forbidden)) {
            problems.add("met een teken dat niet mag");
        }
        if (name.startsWith("'") || name.endsWith("'")) {
            problems.add("met ' aan het begin of einde");
        }
        return problems;
    }

    private static boolean forbidden(int c) {
        return FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c);
    }
}
