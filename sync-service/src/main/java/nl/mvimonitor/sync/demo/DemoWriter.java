package nl.mvimonitor.sync.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.mvimonitor.sync.publish.OutputPublisher;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.workbook.ProjectPrefill;
import nl.mvimonitor.template.workbook.TemplateWorkbookWriter;

/**
 * Writes the demo organisation to a data folder: one sheet per project under {@code inbox/<unit>/}, a file that is
 * no workbook at all (saved CSV), the project register and the board's goals seed.
 */
public final class DemoWriter {

    /** Name of the file that pretends to be a workbook, to show quarantine. */
    static final String NOT_A_WORKBOOK = "Watersysteem/Planning oud.xlsx";

    private final TemplateSchema schema;
    private final OutputPublisher publisher;

    public DemoWriter(TemplateSchema schema, OutputPublisher publisher) {
        this.schema = schema;
        this.publisher = publisher;
    }

    /** Writes everything; returns the project sheets written. */
    public List<Path> write(Path inbox, Path register, Path goalsSeed) throws IOException {
        TemplateWorkbookWriter writer = new TemplateWorkbookWriter(schema);
        List<Path> written = new ArrayList<>();
        List<DemoProject> projects = DemoOrganisation.projects();
        for (DemoProject project : projects) {
            Path file = inbox.resolve(project.unit()).resolve(project.fileName());
            writeAtomically(file, sheet(writer, project));
            written.add(file);
        }
        writeAtomically(inbox.resolve(NOT_A_WORKBOOK),
                "Project;Planning;Opmerking\nDijk;Q3;oude lijst\n".getBytes(StandardCharsets.UTF_8));
        writeAtomically(register, registerCsv(projects).getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(goalsSeed)) {
            writeAtomically(goalsSeed, seedGoals());
        }
        return written;
    }

    private byte[] sheet(TemplateWorkbookWriter writer, DemoProject project) throws IOException {
        ProjectPrefill prefill = new ProjectPrefill(DemoOrganisation.NAME, project.projectId(), project.name(),
                project.unit());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeFilled(prefill, project.data(), out);
        if (project.mistake() == DemoMistake.RENAMED_COLUMN) {
            return renameHeader(out.toByteArray(), "Criteria", "weging_pct", "Gewicht");
        }
        return out.toByteArray();
    }

    /** Renames a column header as a team would, keeping the Table consistent so Excel opens it without repair. */
    private byte[] renameHeader(byte[] workbook, String tabKey, String columnKey, String newLabel) throws IOException {
        TabSchema tab = schema.requireTab(tabKey);
        ColumnSchema column = tab.requireColumn(columnKey);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.getSheet(tab.sheetName());
            Row header = sheet.getRow(1);
            for (Cell cell : header) {
                if (column.labelNl().equals(cell.getStringCellValue())) {
                    cell.setCellValue(newLabel);
                }
            }
            for (XSSFTable table : sheet.getTables()) {
                table.updateHeaders();
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String registerCsv(List<DemoProject> projects) {
        StringBuilder csv = new StringBuilder("ProjectID;Organisatieonderdeel;Jaar\n");
        for (DemoProject project : projects) {
            String year = project.projectId().substring(2, 6);
            csv.append(project.projectId()).append(';').append(project.unit()).append(';').append(year).append('\n');
        }
        for (String[] missing : DemoOrganisation.missingFromRegister()) {
            csv.append(String.join(";", missing)).append('\n');
        }
        return csv.toString();
    }

    private static byte[] seedGoals() throws IOException {
        try (InputStream in = DemoWriter.class.getResourceAsStream("/seed/bestuursdoelen.csv")) {
            if (in == null) {
                throw new IOException("the example board goals (seed/bestuursdoelen.csv) are missing from the build");
            }
            return in.readAllBytes();
        }
    }

    private void writeAtomically(Path target, byte[] content) throws IOException {
        publisher.publish(target, out -> out.write(content));
    }
}
