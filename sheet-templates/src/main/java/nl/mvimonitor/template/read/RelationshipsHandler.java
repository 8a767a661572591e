package nl.mvimonitor.template.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xml.sax.Attributes;

/** Reads a {@code .rels} part: relationship id, type and target, with targets resolved to part names. */
final class RelationshipsHandler extends PartHandler {

    /** One internal relationship; {@code partName} is resolved against the source part's folder. */
    record Relationship(String id, String type, String partName) {
    }

    private final String baseFolder;
    private final List<Relationship> relationships = new ArrayList<>();

    /** @param baseFolder folder of the source part, e.g. {@code xl/} for {@code xl/workbook.xml}, "" for the root */
    RelationshipsHandler(String baseFolder) {
        this.baseFolder = baseFolder;
    }

    /** The {@code _rels/x.rels} part that belongs to a part {@code folder/x}. */
    static String relsPartOf(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    static String folderOf(String partName) {
        return partName.substring(0, partName.lastIndexOf('/') + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!"Relationship".equals(local(qName)) || "External".equalsIgnoreCase(attributes.getValue("TargetMode"))) {
            return;
        }
        String target = attributes.getValue("Target");
        String id = attributes.getValue("Id");
        String type = attributes.getValue("Type");
        if (target != null && id != null && type != null) {
            relationships.add(new Relationship(id, type, resolve(target)));
        }
    }

    Optional<Relationship> byId(String id) {
        return relationships.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The first relationship whose type ends with {@code /suffix}, e.g. {@code /sharedStrings}. */
    Optional<String> partOfType(String suffix) {
        return relationships.stream().filter(r -> r.type().endsWith("/" + suffix)).map(Relationship::partName)
                .findFirst();
    }

    private String resolve(String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> segments = new ArrayList<>(List.of(baseFolder.split("/")));
        segments.removeIf(String::isEmpty);
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}
