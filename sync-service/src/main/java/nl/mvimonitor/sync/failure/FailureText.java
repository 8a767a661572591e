package nl.mvimonitor.sync.failure;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * Why something failed, in Dutch and with the place: "de schijf is vol (de uitvoermap /srv/mvi/out)", "geen toegang
 * tot de inbox /srv/mvi/inbox", "de database in /srv/mvi/db is in gebruik door een ander MVI-monitor-proces". The
 * exception's chain is searched for a cause it knows; the exceptions' own messages are not shown (they may quote
 * file content), only what the file system or database says of its own accord, matched against known texts.
 */
public final class FailureText {

    /** H2: the database file is open in another process. */
    static final int H2_DATABASE_IN_USE = 90020;
    /** H2: waiting for a lock held by another connection took too long. */
    static final int H2_LOCK_TIMEOUT = 50200;

    private static final String UNEXPECTED = "onverwachte fout";
    /** Spring Boot's connection pool. */
    private static final String DATA_SOURCE_BEAN = "dataSource";
    private static final List<String> DISK_FULL = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "there is not enough space");
    private static final List<String> LOCKED = List.of("being used by another process",
            "another process has locked", "resource busy", "text file busy");
    private static final List<String> NO_PERMISSION = List.of("permission denied", "operation not permitted",
            "access is denied");
    private static final List<String> MISSING = List.of("no such file or directory",
            "cannot find the path specified", "cannot find the file specified");

    private FailureText() {
    }

    /** The Dutch reason for {@code failure}, e.g. "de schijf is vol (de uitvoermap /srv/mvi/out)". */
    public static String reason(Throwable failure, ServicePlaces places) {
        // a setting's own check names the setting exactly; the binding that wraps it only knows its prefix
        for (Throwable cause : chain(failure)) {
            if (cause instanceof InvalidSetting invalid) {
                return "de instelling " + invalid.setting() + " heeft een ongeldige waarde: " + invalid.whyNl();
            }
        }
        for (Throwable cause : chain(failure)) {
            Optional<String> known = known(cause, places);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return UNEXPECTED + " (" + failure.getClass().getSimpleName() + ")";
    }

    /** True for a reason that names no known cause: then the log file is worth a look. */
    public static boolean isUnexpected(String reason) {
        return reason.startsWith(UNEXPECTED);
    }

    private static Optional<String> known(Throwable cause, ServicePlaces places) {
        if (cause instanceof SQLException sql) {
            return Optional.of(database(sql, places));
        }
        if (cause instanceof FileSystemException file) {
            return Optional.of(file(file, places));
        }
        if (cause instanceof FileNotFoundException file) {
            return fileNotFound(file, places);
        }
        if (cause instanceof IOException io && matches(io.getMessage(), DISK_FULL)) {
            return Optional.of("de schijf is vol");
        }
        if (cause instanceof BeanCreationException bean && DATA_SOURCE_BEAN.equals(bean.getBeanName())) {
            // the pool is made without connecting: what fails here is the URL (or a driver for it)
            return Optional.of("de instelling spring.datasource.url heeft een ongeldige waarde (of er is geen"
                    + " databasedriver voor)");
        }
        if (cause instanceof BindException bind) {
            return Optional.of("de instelling " + bind.getName() + " heeft een ongeldige waarde");
        }
        return Optional.empty();
    }

    private static String database(SQLException sql, ServicePlaces places) {
        Optional<KnownPlace> folder = places.find(PlaceKind.DATABASE);
        String in = folder.map(f -> " in " + f.path()).orElse(places.databaseServer().map(s -> " op " + s).orElse(""));
        if (sql.getErrorCode() == H2_DATABASE_IN_USE) {
            return "de database" + in + " is in gebruik door een ander MVI-monitor-proces (draait de dienst al,"
                    + " of een andere run?); stop dat proces of wacht tot het klaar is";
        }
        if (sql.getErrorCode() == H2_LOCK_TIMEOUT) {
            return "de database" + in + " is bezet door een ander proces; de volgende run probeert het opnieuw";
        }
        if (matches(sql.getMessage(), DISK_FULL)) {
            return "de schijf van de database" + in + " is vol";
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("28")) {
            return "de database" + in + " weigert de aanmelding (gebruikersnaam of wachtwoord klopt niet)";
        }
        if (state.startsWith("08") || sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException) {
            return "de database" + in + " is niet bereikbaar";
        }
        return "de database" + in + " gaf een fout" + (state.isEmpty() ? "" : " (SQLState " + state + ")");
    }

    private static String file(FileSystemException e, ServicePlaces places) {
        String where = places.describe(e.getFile());
        String reason = e.getReason();
        if (matches(reason, DISK_FULL)) {
            return "de schijf is vol (" + where + ")";
        }
        // a move that may not replace its target names the target second: an output open in Excel, on Windows
        String target = e.getOtherFile() == null ? e.getFile() : e.getOtherFile();
        if (matches(reason, LOCKED)) {
            return places.describe(target) + " is geopend of vergrendeld door een ander programma (bijvoorbeeld Excel)";
        }
        if (e instanceof AccessDeniedException || matches(reason, NO_PERMISSION)) {
            // what could not be made (the process's folder in a read-only temporary folder) is not there to name:
            // the folder it was to go in is the one without access
            String denied = missingInAFolder(target).orElse(target);
            return noPermission(denied, places.describe(denied));
        }
        if (e instanceof NoSuchFileException || matches(reason, MISSING)) {
            return where + " bestaat niet of is niet bereikbaar";
        }
        if (e instanceof NotDirectoryException) {
            return where + " is een bestand, geen map";
        }
        if (e instanceof FileAlreadyExistsException) {
            return isDirectory(e.getFile()) ? where + " bestaat al" : where + " is een bestand, geen map";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return where + " is niet leeg";
        }
        if (matches(reason, List.of("not a directory"))) {
            return "op de weg naar " + where + " staat een bestand waar een map hoort";
        }
        if (matches(reason, List.of("read-only file system"))) {
            return where + " staat op een schijf waarop niet geschreven kan worden";
        }
        return "lezen of schrijven mislukt bij " + where;
    }

    private static String noPermission(String path, String where) {
        if (isDirectory(path)) {
            return "geen toegang tot " + where + " (het account van de dienst mag daar niet lezen of schrijven)";
        }
        return "geen toegang tot " + where + " (het account van de dienst mag het niet lezen of schrijven, of het"
                + " is geopend in een ander programma)";
    }

    /** java.io reports "path (reason)"; only the reason's known texts and the path are used. */
    private static Optional<String> fileNotFound(FileNotFoundException e, ServicePlaces places) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int open = message.lastIndexOf(" (");
        if (open < 0 || !message.endsWith(")")) {
            return Optional.empty();
        }
        String path = message.substring(0, open);
        String reason = message.substring(open + 2, message.length() - 1);
        return Optional.of(file(new FileSystemException(path, null, reason), places));
    }

    /** The folder holding {@code path} when the path itself does not exist (as far as this account can see). */
    private static Optional<String> missingInAFolder(String path) {
        try {
            Path file = path == null ? null : Path.of(path).toAbsolutePath();
            Path parent = file == null ? null : file.getParent();
            return parent != null && !Files.exists(file) && Files.isDirectory(parent)
                    ? Optional.of(parent.toString()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isDirectory(String path) {
        try {
            return path != null && Files.isDirectory(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean matches(String text, List<String> known) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return known.stream().anyMatch(lower::contains);
    }

    /** The failure and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
