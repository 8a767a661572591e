package nl.mvimonitor.sync.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.mvimonitor.template.finding.Finding;
import nl.mvimonitor.template.finding.RuleCode;

/**
 * Marks a current submission that does not count for its project, because another current submission carries the
 * same ProjectID and counts instead ({@link ProjectDuplicates} says which).
 *
 * @param countedPath path of the submission that counts for the project
 * @param otherPaths  paths of every other current submission with this ProjectID, the counted one first
 */
public record DuplicateOf(String countedPath, List<String> otherPaths) {

    /** More paths than this are summed up as "en nog n andere": a message stays readable. */
    private static final int NAMED = 5;

    public DuplicateOf {
        Objects.requireNonNull(countedPath, "countedPath");
        otherPaths = List.copyOf(otherPaths);
        if (otherPaths.isEmpty() || !otherPaths.get(0).equals(countedPath)) {
            throw new IllegalArgumentException("the counted path comes first among the other paths");
        }
    }

    /**
     * The finding {@link RuleCode#DUBBEL_PROJECT} of this submission. The ProjectID itself is not quoted (as in every
     * finding about a ProjectID): the Validatie tab shows it next to the message.
     */
    public Finding finding() {
        String others = quoted(otherPaths);
        String which = otherPaths.size() == 1 ? "alleen dat bestand telt mee"
                : "alleen '" + countedPath + "' telt mee";
        return new Finding(RuleCode.DUBBEL_PROJECT.severity(), RuleCode.DUBBEL_PROJECT.name(), null,
                "Het project met deze ProjectID is ook aangeleverd in " + others + "; " + which
                        + ". Verwijder dit bestand of geef het de juiste ProjectID.");
    }

    private static String quoted(List<String> paths) {
        List<String> named = paths.stream().limit(NAMED).map(p -> "'" + p + "'").toList();
        if (paths.size() > NAMED) {
            return String.join(", ", named) + " en nog " + (paths.size() - NAMED) + " andere";
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return named.subList(0, named.size() - 1).stream().collect(Collectors.joining(", ")) + " en "
                + named.get(named.size() - 1);
    }
}
