package nl.mvimonitor.sync.source.localfolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
import nl.mvimonitor.sync.source.SpreadsheetSource;

/**
 * Workbooks under a root folder, searched recursively. The first subfolder below the root is the organisational
 * unit ({@code Zuiveringsbeheer/P-017.xlsx}); files directly in the root have no unit. The fingerprint is size plus
 * modification time, so listing never reads content. Office lock files ({@code ~$...}) and hidden files and folders
 * are left out; anything named like a workbook (also {@code .xlsm}, {@code .xls}) is listed so the reader can
 * quarantine it with a clear finding.
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
        List<SourceFile> files = new ArrayList<>();
        Files.walkFileTree(root, new Lister(files));
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    @Override
    public InputStream open(SourceFile file) throws IOException {
        if (!id.equals(file.sourceId())) {
            throw new IllegalArgumentException("file " + file.path() + " belongs to source " + file.sourceId());
        }
        return Files.newInputStream(resolve(file.path()));
    }

    /** The file for a listed path; refuses paths that would leave the root. */
    Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path outside the source folder: " + path);
        }
        return resolved;
    }

    static String fingerprint(long size, Instant lastModified) {
        return size + "@" + lastModified;
    }

    static boolean isWorkbookName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && WORKBOOK_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".");
    }

    /** Collects workbook files with the attributes the walk already has, never opening them. */
    private final class Lister extends SimpleFileVisitor<Path> {

        private final List<SourceFile> files;

        Lister(List<SourceFile> files) {
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            boolean hidden = !dir.equals(root) && (isIgnored(dir) || Files.isHidden(dir));
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile() && !isIgnored(file) && !Files.isHidden(file)
                    && isWorkbookName(file.getFileName().toString())) {
                files.add(sourceFile(file, attrs));
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

        private SourceFile sourceFile(Path file, BasicFileAttributes attrs) {
            Path relative = root.relativize(file);
            String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
            String unit = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
            Instant modified = attrs.lastModifiedTime().toInstant();
            return new SourceFile(id, path, unit, attrs.size(), modified, fingerprint(attrs.size(), modified));
        }
    }
}
