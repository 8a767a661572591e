package nl.mvimonitor.sync.demo;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import org.junit.jupiter.api.Test;
import nl.mvimonitor.template.schema.SchemaLoader;
import nl.mvimonitor.template.workbook.ProjectPrefill;
import nl.mvimonitor.template.workbook.TemplateWorkbookWriter;

class ScratchCorpusTest {
    @Test
    void corpus() throws Exception {
        int n = Integer.parseInt(System.getProperty("corpus.n", "5000"));
        Path root = Paths.get(System.getProperty("corpus.dir", "/tmp/corpus"));
        TemplateWorkbookWriter writer = new TemplateWorkbookWriter(SchemaLoader.current());
        List<DemoProject> projects = DemoOrganisation.projects();
        List<byte[]> protos = new ArrayList<>();
        for (DemoProject p : projects) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.writeFilled(new ProjectPrefill("X", p.projectId(), p.name(), p.unit()), p.data(), out);
            protos.add(out.toByteArray());
        }
        StringBuilder reg = new StringBuilder("ProjectID;Organisatieonderdeel;Jaar\n");
        for (int i = 0; i < n; i++) {
            DemoProject p = projects.get(i % projects.size());
            String id = p.projectId() + "-" + (i / projects.size());
            Path file = root.resolve(p.unit()).resolve(id + ".xlsx");
            Files.createDirectories(file.getParent());
            Files.write(file, patch(protos.get(i % projects.size()), p.projectId(), id));
            reg.append(id).append(';').append(p.unit()).append(';').append(p.projectId().substring(2, 6)).append('\n');
        }
        Files.writeString(root.getParent().resolve("register.csv"), reg);
    }

    static byte[] patch(byte[] zip, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().endsWith(".xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry ne = new ZipEntry(e.getName());
                ne.setTime(0);
                z.putNextEntry(ne);
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
