package nl.mvimonitor.sync.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.mvimonitor.sync.store.ExpectedProject;
import nl.mvimonitor.sync.store.ProjectRegister;
import nl.mvimonitor.sync.store.Sha256;
import nl.mvimonitor.template.privacy.NameKind;
import nl.mvimonitor.template.privacy.PersonalDataDetector;
import nl.mvimonitor.template.privacy.SafeName;
import nl.mvimonitor.template.schema.PrivacyCheck;

/**
 * The project register as a CSV file kept by the MVI team: UTF-8, separator {@code ;}, a header line
 * {@code ProjectID;Organisatieonderdeel;Jaar}, then one project per line. Excel's byte-order mark and quoted fields
 * are accepted. A missing file means no register; a line that cannot be used is skipped with a warning naming its
 * line number. Its values are shown in Dekking and the board report, so they are screened for personal data like
 * the sheets' names and cells; a warning names the line, never the value.
 */
@Component
public class ProjectRegisterFile implements ProjectRegister {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectRegisterFile.class);
    private static final String HEADER_START = "projectid";
    private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

    private final Path file;

    @Autowired
    public ProjectRegisterFile(IntakeSettings settings) {
        this(settings.register());
    }

    ProjectRegisterFile(Path file) {
        this.file = file;
    }

    @Override
    public Contents read() {
        return content().map(bytes -> new Contents(parse(bytes), Sha256.hex(bytes)))
                .orElseGet(() -> ProjectRegister.none().read());
    }

    private Optional<byte[]> content() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project register " + file, e);
        }
    }

    private List<ExpectedProject> parse(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        if (!lines.isEmpty() && !lines.get(0).trim().toLowerCase(Locale.ROOT).startsWith(HEADER_START)) {
            LOG.warn("Projectregister {}: de eerste regel is geen kopregel ProjectID;Organisatieonderdeel;Jaar", SafeName.logged(file));
        }
        List<ExpectedProject> projects = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Optional<ExpectedProject> project = parseLine(lines.get(i));
            if (project.isPresent() && hasPersonalData(project.get().projectId())) {
                LOG.warn("Projectregister {}: regel {} overgeslagen, de ProjectID bevat mogelijk persoonsgegevens",
                        SafeName.logged(file), i + 1);
            } else if (project.isPresent()) {
                projects.add(screenedUnit(project.get(), i + 1));
            } else {
                LOG.warn("Projectregister {}: regel {} overgeslagen, verwacht ProjectID;Organisatieonderdeel;Jaar",
                        SafeName.logged(file), i + 1);
            }
        }
        return List.copyOf(projects);
    }

    /**
     * As the ProjectID cell of a sheet is checked: a sheet's ID with an e-mail address, phone or bank account number
     * is dropped, so a register line with one can match no sheet and would only carry the value into Dekking.
     */
    private static boolean hasPersonalData(String projectId) {
        return !DETECTOR.inText(projectId, PrivacyCheck.NONE).isEmpty();
    }

    /**
     * The register's unit is shown in Dekking and the board's PerOnderdeel like a unit folder's name, so it is
     * screened as one: with personal data it becomes the folder's neutral text (and still matches a unit folder so
     * named).
     */
    private ExpectedProject screenedUnit(ExpectedProject project, int lineNumber) {
        SafeName unit = SafeName.of(project.unit(), NameKind.FOLDER);
        if (!unit.neutralised()) {
            return project;
        }
        LOG.warn("Projectregister {}: regel {}, het organisatieonderdeel bevat mogelijk persoonsgegevens en heet in"
                + " de uitvoer '{}'", SafeName.logged(file), lineNumber, unit.text());
        return new ExpectedProject(project.projectId(), unit.text(), project.year());
    }

    static Optional<ExpectedProject> parseLine(String line) {
        List<String> fields = fields(line);
        if (fields.size() < 3 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExpectedProject(fields.get(0), fields.get(1), Integer.parseInt(fields.get(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Splits on {@code ;} outside double quotes; {@code ""} inside quotes is one quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
