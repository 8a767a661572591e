package nl.mvimonitor.sync.summary;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of {@link SubmissionFacts} in the cache: a DataOutputStream format with a magic number, a version and
 * an end mark, so a file of another version or a cut-off file is refused rather than misread. Numbers are kept as
 * {@link BigDecimal#toString()}, which gives back the same value and scale.
 */
final class SubmissionFactsFormat {

    /** Raise on every change to the format or to how facts are computed from rows: old files are then recomputed. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x4D564946; // "MVIF"
    private static final int END = 0x454E4421; // "END!"

    private SubmissionFactsFormat() {
    }

    static byte[] encode(SubmissionFacts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeProject(out, facts.project());
            out.writeInt(facts.criteria().size());
            for (CriterionFact criterion : facts.criteria()) {
                writeText(out, criterion.id());
                writeText(out, criterion.theme());
                out.writeInt(criterion.ambition());
                writeText(out, criterion.instrument());
                writeDecimal(out, criterion.weight());
            }
            out.writeInt(facts.clauses().size());
            for (ClauseFact clause : facts.clauses()) {
                writeText(out, clause.type());
                writeText(out, clause.theme());
                writeDecimal(out, clause.sroiObligation());
                writeDecimal(out, clause.mkiReduction());
            }
            out.writeInt(facts.effects().size());
            for (Map.Entry<SubmissionFacts.ThemeYear, EffectTotals> effect : facts.effects().entrySet()) {
                writeText(out, effect.getKey().theme());
                out.writeInt(effect.getKey().year());
                effect.getValue().writeTo(out);
            }
            out.writeInt(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The facts, or an IOException when the bytes are not a complete file of this version. */
    static SubmissionFacts decode(byte[] bytes) throws IOException {
        try {
            FactsInput in = new FactsInput(bytes);
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a facts file of version " + VERSION);
            }
            SubmissionFacts.ProjectFields project = readProject(in);
            List<CriterionFact> criteria = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                criteria.add(new CriterionFact(in.readText(), in.readText(), in.readInt(), in.readText(),
                        in.readDecimal()));
            }
            List<ClauseFact> clauses = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                clauses.add(new ClauseFact(in.readText(), in.readText(), in.readDecimal(), in.readDecimal()));
            }
            Map<SubmissionFacts.ThemeYear, EffectTotals> effects = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                effects.put(new SubmissionFacts.ThemeYear(in.readText(), in.readInt()), EffectTotals.readFrom(in));
            }
            if (in.readInt() != END || !in.atEnd()) {
                throw new IOException("facts file does not end where it should");
            }
            return new SubmissionFacts(project, criteria, clauses, effects);
        } catch (RuntimeException e) {
            throw new IOException("unreadable facts file", e); // e.g. a damaged number
        }
    }

    private static void writeProject(DataOutput out, SubmissionFacts.ProjectFields project) throws IOException {
        out.writeBoolean(project != null);
        if (project != null) {
            out.writeBoolean(project.datedYear() != null);
            out.writeInt(project.datedYear() == null ? 0 : project.datedYear());
            writeDecimal(out, project.value());
            writeText(out, project.phaseCode());
        }
    }

    private static SubmissionFacts.ProjectFields readProject(FactsInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        boolean dated = in.readBoolean();
        int year = in.readInt();
        return new SubmissionFacts.ProjectFields(dated ? Integer.valueOf(year) : null, in.readDecimal(),
                in.readText());
    }

    static void writeDecimal(DataOutput out, BigDecimal value) throws IOException {
        writeText(out, value == null ? null : value.toString());
    }

    /** Length-prefixed UTF-16 chars, -1 for null: exact for any Java string, no 64 KB limit as with writeUTF. */
    private static void writeText(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(text.length());
        out.writeChars(text);
    }
}
