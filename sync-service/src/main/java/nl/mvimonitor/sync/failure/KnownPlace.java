package nl.mvimonitor.sync.failure;

import java.nio.file.Path;
import java.util.Objects;

/** One configured folder or file of the service; the path is kept absolute, as messages show it. */
public record KnownPlace(PlaceKind kind, Path path) {

    public KnownPlace {
        Objects.requireNonNull(kind, "kind");
        path = path.toAbsolutePath().normalize();
    }

    /** E.g. "de uitvoermap /srv/mvi/out". */
    public String describe() {
        return kind.nameNl() + " " + path;
    }
}
