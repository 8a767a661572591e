package nl.mvimonitor.sync.source.localfolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import nl.mvimonitor.sync.source.SourceFile;
import nl.mvimonitor.sync.source.SourceFile.NotReadable;
import nl.mvimonitor.sync.source.SpreadsheetSource;

/**
 * Workbooks under a root folder, searched recursively. The first subfolder below the root is the organisational
 * unit ({@code Zuiveringsbeheer/P-017.xlsx}); files directly in the root have no unit. The fingerprint is size,
 * modification time and a {@link ContentCheck} (for an xlsx a hash of its central directory, a few kB read from its
 * end), so a change that keeps size and time is still noticed. Office lock files ({@code ~$...}) and hidden files and
 * folders are left out; anything named like a workbook (also {@code .xlsm}, {@code .xls}) is listed so the reader
 * can quarantine it with a clear finding.
 *
 * <p>Links are never followed (a link may lead out of the root, or to a folder listed already), and nothing that is
 * not a regular file is opened (a named pipe would block the read). Such entries are listed as
 * {@linkplain SourceFile#notReadable() not readable} when they stand for a workbook or a folder: named like a
 * workbook, a link to a folder, or anything but a folder or file directly in the root (where unit folders are).
 */
public final class LocalFolderSource implements SpreadsheetSource {

    /** Extensions of files that claim to be spreadsheets. */
    static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xlsb", "xls", "xltx", "xltm", "ods");

    private final String id;
    private final Path root;

    public LocalFolderSource(String id, Path root) {
        this.id = Objects.requireNonNull(id, "id");
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<SourceFile> list() throws IOException {
        if (!Files.isDirectory(root)) {
            // the operator's message differs: create the folder, or move the file out of its way
            throw Files.exists(root) ? new NotDirectoryException(root.toString())
                    : new NoSuchFileException(root.toString(), null, "bronmap bestaat niet");
        }
        // the root itself may be a link (set up by whoever configured it): walk the folder it stands for
        Lister lister = new Lister(root.toRealPath());
        Files.walkFileTree(lister.start, lister);
        // the content checks open every file: on several threads, as they mostly wait for the file system
        List<SourceFile> files = new ArrayList<>(lister.workbooks.parallelStream().map(lister::checked)
                .filter(Objects::nonNull).toList());
        files.addAll(lister.notReadable);
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    @Override
    public InputStream open(SourceFile file) throws IOException {
        if (!id.equals(file.sourceId())) {
            throw new IllegalArgumentException("file " + file.path() + " belongs to source " + file.sourceId());
        }
        if (!file.readable()) {
            throw new IOException("not a file to read: " + file.path());
        }
        Path path = resolve(file.path());
        // as listed: a regular file, not a link, in a folder inside the root (checked again, as it may have changed)
        if (!Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()
                || !path.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("no longer a regular file inside the source folder: " + file.path());
        }
        return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The file for a listed path; refuses paths that would leave the root. */
    Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path outside the source folder: " + path);
        }
        return resolved;
    }

    static String fingerprint(long size, Instant lastModified, String contentCheck) {
        return size + "@" + lastModified + "#" + contentCheck;
    }

    static boolean isWorkbookName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && WORKBOOK_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".");
    }

    /** A regular file named like a workbook, as the walk saw it. */
    private record Listed(Path file, BasicFileAttributes attrs) {
    }

    /**
     * Collects workbook files with the attributes the walk already has, reading only the end of each (the content
     * check); links and special files are listed as not readable, never opened.
     */
    private final class Lister extends SimpleFileVisitor<Path> {

        private final Path start;
        private final List<Listed> workbooks = new ArrayList<>();
        private final List<SourceFile> notReadable = new ArrayList<>();

        Lister(Path start) {
            this.start = start;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            boolean hidden = !dir.equals(start) && (isIgnored(dir) || Files.isHidden(dir));
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (isIgnored(file) || Files.isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            boolean workbook = isWorkbookName(file.getFileName().toString());
            if (attrs.isRegularFile()) {
                if (workbook) {
                    workbooks.add(new Listed(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }
            NotReadable kind = NotReadableEntry.kindOf(file, attrs, workbook, file.getParent().equals(start));
            if (kind != null) {
                notReadable.add(notReadable(file, attrs, kind));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            // a file removed while we walk is simply not there; anything else is a real listing failure
            if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }

        /** The listed workbook with its content check; null when it was removed since the walk saw it. */
        SourceFile checked(Listed listed) {
            BasicFileAttributes attrs = listed.attrs();
            Instant modified = attrs.lastModifiedTime().toInstant();
            String check;
            try {
                check = ContentCheck.of(listed.file(), attrs.size());
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                // unreadable now (locked, no permission): listed anyway, so the read gives it a finding and the
                // next listing, when it can be read, differs
                check = "onleesbaar";
            }
            return new SourceFile(id, path(listed.file()), unit(listed.file()), attrs.size(), modified,
                    fingerprint(attrs.size(), modified, check));
        }

        private SourceFile notReadable(Path file, BasicFileAttributes attrs, NotReadable kind) {
            Instant modified = attrs.lastModifiedTime().toInstant();
            return new SourceFile(id, path(file), unit(file), attrs.size(), modified,
                    kind.name().toLowerCase(Locale.ROOT) + "@" + modified, kind);
        }

        private String path(Path file) {
            Path relative = start.relativize(file);
            return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        }

        private String unit(Path file) {
            Path relative = start.relativize(file);
            return relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
        }
    }
}
