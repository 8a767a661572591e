package nl.mvimonitor.sync.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.mvimonitor.template.schema.TemplateSchema;
import nl.mvimonitor.template.workbook.ProjectPrefill;
import nl.mvimonitor.template.workbook.TemplateWorkbookWriter;

/**
 * A workbook written once by the real {@link TemplateWorkbookWriter}, kept as its uncompressed zip entries with
 * identity tokens in place of ProjectID, name, unit and remark.
 *
 * @param spec  what the prototype is made of
 * @param parts its zip entries in the order the writer wrote them
 */
record Prototype(PrototypeSpec spec, List<ZipPart> parts) {

    /** The moment every corpus workbook says it was generated, so that files are byte-identical across runs. */
    static final Instant GENERATED_AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final String PEILDATUM = "Peildatum";
    private static final String RENAMED = "Streefdatum";

    Prototype {
        Objects.requireNonNull(spec, "spec");
        parts = List.copyOf(parts);
    }

    /** Writes the prototype with the real template writer: the slow step, done once per prototype. */
    static Prototype build(TemplateSchema schema, PrototypeSpec spec, long seed) throws IOException {
        TemplateWorkbookWriter writer = new TemplateWorkbookWriter(schema, Clock.fixed(GENERATED_AT, ZoneOffset.UTC));
        ProjectPrefill prefill = new ProjectPrefill(IdentityTokens.ORGANISATION, IdentityTokens.PROJECT_ID,
                IdentityTokens.PROJECT_NAME, IdentityTokens.UNIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeFilled(prefill, new CorpusSheetData(spec, seed).fill(), out);
        List<ZipPart> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.add(normalise(spec, new ZipPart(entry.getName(), zip.readAllBytes())));
            }
        }
        return new Prototype(spec, parts);
    }

    /** Fixes POI's creation time and renames the planted column header (its label and the Excel table's name). */
    private static ZipPart normalise(PrototypeSpec spec, ZipPart part) {
        String name = part.name();
        boolean rename = spec.mistakes().contains(PlantedMistake.RENAMED_COLUMN);
        if (name.equals("docProps/core.xml")) {
            return replace(part, "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + GENERATED_AT + "$2");
        }
        if (rename && name.equals("xl/sharedStrings.xml")) {
            return replace(part, "<t>" + PEILDATUM + "</t>", "<t>" + RENAMED + "</t>");
        }
        if (rename && name.startsWith("xl/tables/")) {
            return replace(part, "name=\"" + PEILDATUM + "\"", "name=\"" + RENAMED + "\"");
        }
        return part;
    }

    private static ZipPart replace(ZipPart part, String regex, String replacement) {
        String xml = new String(part.content(), StandardCharsets.UTF_8).replaceAll(regex, replacement);
        return new ZipPart(part.name(), xml.getBytes(StandardCharsets.UTF_8));
    }
}
