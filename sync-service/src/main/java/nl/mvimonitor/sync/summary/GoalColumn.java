package nl.mvimonitor.sync.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the board's Doelen tab that the board types, with the labels (and older or common names) they are
 * recognised by. Labels compare case-insensitively with collapsed spaces, so the board may move columns, rename
 * within the aliases, and add columns of its own. The computed columns that follow them are listed in
 * {@link #COMPUTED_LABELS}; they are rewritten on every run and never read back.
 */
public enum GoalColumn {
    DOEL_ID("Doel-ID", "Doel ID", "DoelID", "Doelnummer"),
    THEMA("Thema"),
    KPI("KPI", "KPI-code", "KPI code"),
    OMSCHRIJVING("Omschrijving", "Beschrijving"),
    BASISWAARDE("Basiswaarde", "Nulmeting", "Referentiewaarde"),
    BASISJAAR("Basisjaar", "Jaar nulmeting", "Referentiejaar"),
    STREEFWAARDE("Streefwaarde", "Doelwaarde"),
    STREEFJAAR("Streefjaar", "Doeljaar"),
    EIGENAAR("Eigenaar", "Verantwoordelijke");

    /** Headers of the columns the report computes, in the order they follow the board's columns. */
    public static final List<String> COMPUTED_LABELS =
            List.of("Gerealiseerd", "Peiljaar", "Verwacht volgens pad", "% van het pad", "Status", "Opmerking");
    private static final Set<String> COMPUTED_NAMES =
            COMPUTED_LABELS.stream().map(GoalColumn::normalise).collect(Collectors.toUnmodifiableSet());

    private final String label;
    private final List<String> names;

    GoalColumn(String label, String... aliases) {
        this.label = label;
        this.names = Stream.concat(Stream.of(label), Arrays.stream(aliases)).map(GoalColumn::normalise).toList();
    }

    /** The Dutch header the report writes. */
    public String label() {
        return label;
    }

    public boolean matches(String header) {
        return header != null && names.contains(normalise(header));
    }

    public static Optional<GoalColumn> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = normalise(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(name)).findFirst();
    }

    public static boolean isComputed(String header) {
        return header != null && COMPUTED_NAMES.contains(normalise(header));
    }

    static String normalise(String header) {
        return Spaces.RUN.matcher(header.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Compiled once; a holder, because the constants call {@link #normalise} before static fields are set. */
    private static final class Spaces {
        static final Pattern RUN = Pattern.compile("\\s+");
    }
}
