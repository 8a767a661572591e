package nl.mvimonitor.sync;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import nl.mvimonitor.sync.failure.KnownPlace;
import nl.mvimonitor.sync.failure.PlaceKind;
import nl.mvimonitor.sync.failure.ServicePlaces;
import nl.mvimonitor.sync.intake.IntakeSettings;
import nl.mvimonitor.sync.publish.PublishSettings;
import nl.mvimonitor.sync.run.GoalSeedSettings;
import nl.mvimonitor.sync.source.localfolder.LocalFolderSettings;
import nl.mvimonitor.sync.tempfolder.TempFolderSettings;

/**
 * The service's folders and files as configured, read from the environment with the settings records' own defaults:
 * also when the application failed to start and no settings bean exists, so the one line on the console can say
 * which folder is meant.
 */
final class ConfiguredPlaces {

    private static final String H2 = "jdbc:h2:";
    private static final String H2_FILE = "jdbc:h2:file:";
    /** In memory or on a server elsewhere: no folder of this machine to name. */
    private static final List<String> H2_WITHOUT_FOLDER = List.of("jdbc:h2:mem:", "jdbc:h2:tcp:", "jdbc:h2:ssl:",
            "jdbc:h2:zip:");

    private ConfiguredPlaces() {
    }

    static ServicePlaces from(Environment environment) {
        Binder binder = Binder.get(environment);
        List<KnownPlace> places = new ArrayList<>();
        add(places, PlaceKind.INBOX, () -> {
            LocalFolderSettings inbox = binder.bindOrCreate("mvi.source.local", LocalFolderSettings.class);
            return inbox.enabled() ? inbox.root() : null;
        });
        add(places, PlaceKind.OUTPUT, () -> binder.bindOrCreate("mvi.publish", PublishSettings.class).outputDir());
        add(places, PlaceKind.CACHE, () -> binder.bindOrCreate("mvi.publish", PublishSettings.class).cacheDir());
        add(places, PlaceKind.TEMP, () -> binder.bindOrCreate("mvi.temp", TempFolderSettings.class).dir());
        add(places, PlaceKind.REGISTER, () -> binder.bindOrCreate("mvi.intake", IntakeSettings.class).register());
        add(places, PlaceKind.GOALS_SEED,
                () -> binder.bindOrCreate("mvi.summary", GoalSeedSettings.class).goalsSeed());
        databaseFolder(environment.getProperty("spring.datasource.url"))
                .ifPresent(folder -> places.add(new KnownPlace(PlaceKind.DATABASE, folder)));
        logFolder(environment.getProperty("logging.file.name"))
                .ifPresent(folder -> places.add(new KnownPlace(PlaceKind.LOGS, folder)));
        return new ServicePlaces(places).withDatabaseServer(
                databaseServer(environment.getProperty("spring.datasource.url")));
    }

    /**
     * Host and port of a server database ({@code jdbc:postgresql://db.example:5432/mvi} gives
     * {@code db.example:5432}): only the part between {@code //} and the next {@code /}, {@code ?} or {@code ;},
     * without any user information before an {@code @}, as the rest of a URL may carry a password.
     */
    static Optional<String> databaseServer(String url) {
        int start = url == null ? -1 : url.indexOf("://");
        if (start < 0) {
            return Optional.empty();
        }
        String rest = url.substring(start + 3);
        int end = 0;
        while (end < rest.length() && "/?;".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return authority.isBlank() ? Optional.empty() : Optional.of(authority);
    }

    private static void add(List<KnownPlace> places, PlaceKind kind, Supplier<Path> path) {
        try {
            Path configured = path.get();
            if (configured != null) {
                places.add(new KnownPlace(kind, configured));
            }
        } catch (RuntimeException e) {
            // a setting that does not bind may be the very failure being described: leave that place out
        }
    }

    /** The folder of an embedded H2 file database; a server database has no folder here. */
    static Optional<Path> databaseFolder(String url) {
        if (url == null || !url.startsWith(H2) || H2_WITHOUT_FOLDER.stream().anyMatch(url::startsWith)) {
            return Optional.empty();
        }
        String file = url.startsWith(H2_FILE) ? url.substring(H2_FILE.length()) : url.substring(H2.length());
        int options = file.indexOf(';');
        return parent(options < 0 ? file : file.substring(0, options));
    }

    static Optional<Path> logFolder(String logFile) {
        return logFile == null || logFile.isBlank() ? Optional.empty() : parent(logFile);
    }

    private static Optional<Path> parent(String file) {
        try {
            return Optional.ofNullable(Path.of(file).toAbsolutePath().normalize().getParent());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
