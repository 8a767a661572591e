package nl.mvimonitor.sync.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the seed file of board goals; the format is described on {@link BoardGoals}. */
final class GoalCsvReader {

    private static final char SEPARATOR = ';';
    private static final char QUOTE = '"';
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

    private GoalCsvReader() {
    }

    static List<BoardGoal> read(byte[] bytes) throws IOException {
        List<List<String>> records = records(decode(bytes));
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        if (header.stream().noneMatch(GoalColumn.KPI::matches)) {
            throw new IOException("seed file has no header with a KPI column");
        }
        List<BoardGoal> goals = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            List<BoardCell> cells = new ArrayList<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                String value = record.get(i).strip();
                if (!value.isEmpty() && !header.get(i).isBlank()) {
                    cells.add(cell(header.get(i).strip(), value));
                }
            }
            if (!cells.isEmpty()) {
                goals.add(new BoardGoal(cells));
            }
        }
        BoardGoals.checkCount(goals.size());
        return goals;
    }

    private static BoardCell cell(String header, String value) {
        if (NUMBER.matcher(value).matches()) {
            return BoardCell.number(header, new BigDecimal(value.replace(',', '.')));
        }
        return BoardCell.text(header, value);
    }

    private static String decode(byte[] bytes) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException("seed file is not UTF-8", e);
        }
    }

    /** Splits the text into records of fields; blank lines are skipped. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == QUOTE) {
                quoted = true;
            } else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                endRecord(records, fields, field);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        endRecord(records, fields, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            records.add(fields);
        }
    }
}
