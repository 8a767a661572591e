package nl.mvimonitor.sync.failure;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The service's configured folders and files, to say in Dutch where a path that failed lies: "de uitvoermap
 * /srv/mvi/out", "het bestand MVI-overzicht.xlsx in de uitvoermap /srv/mvi/out", "een bestand in de inbox
 * /srv/mvi/inbox". These paths are configuration, not personal data; names of users' files are never shown. A server
 * database is named by its host and port only, never by the rest of its URL (which may carry a password).
 */
public record ServicePlaces(List<KnownPlace> places, Optional<String> databaseServer) {

    public ServicePlaces {
        places = List.copyOf(places);
        databaseServer = databaseServer == null ? Optional.empty() : databaseServer;
    }

    public ServicePlaces(List<KnownPlace> places) {
        this(places, Optional.empty());
    }

    /** With the server of a database that is not a folder here ({@code db.example:5432}), for the Dutch line. */
    public ServicePlaces withDatabaseServer(Optional<String> server) {
        return new ServicePlaces(places, server);
    }

    /** Without configuration: paths are shown as they are, user files never. */
    public static ServicePlaces none() {
        return new ServicePlaces(List.of());
    }

    /** The configured place of this kind, if any. */
    public Optional<KnownPlace> find(PlaceKind kind) {
        return places.stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** E.g. "de uitvoermap /srv/mvi/out", or just "de uitvoermap" when it is not configured. */
    public String describe(PlaceKind kind) {
        return find(kind).map(KnownPlace::describe).orElse(kind.nameNl());
    }

    /** Where {@code path} lies, in Dutch; {@code null} or an unreadable path gives "onbekende plaats". */
    public String describe(String path) {
        if (path == null || path.isBlank()) {
            return "een onbekende plaats";
        }
        try {
            return describe(Path.of(path));
        } catch (InvalidPathException e) {
            return "een onbekende plaats";
        }
    }

    /** Where {@code path} lies, in Dutch, by the deepest configured folder or file that holds it. */
    public String describe(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Optional<KnownPlace> holder = places.stream().filter(p -> absolute.startsWith(p.path()))
                .max(Comparator.comparingInt(p -> p.path().getNameCount()));
        if (holder.isEmpty()) {
            return outside(absolute);
        }
        KnownPlace place = holder.get();
        if (absolute.equals(place.path())) {
            return place.describe();
        }
        Path inside = place.path().relativize(absolute);
        if (!place.kind().namesOwnFiles()) {
            return userFile(place);
        }
        return (Files.isDirectory(absolute) ? "de map " : "het bestand ") + inside + " in " + place.describe();
    }

    /**
     * A file of a user (in the inbox): its name may carry personal data, so it is left out. The one place to show
     * it once names can be escaped for logs.
     */
    private static String userFile(KnownPlace place) {
        return "een bestand in " + place.describe();
    }

    /** Outside every configured place: a folder above them (their parent, a mount point), shown as it is. */
    private static String outside(Path path) {
        return "de map of het bestand " + path;
    }
}
