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
        return new Tokenizer().split(text);
    }

    /** A small state machine over the characters: inside or outside double quotes. */
    private static final class Tokenizer {
        private final List<List<String>> records = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;

        List<List<String>> split(String text) {
            for (int i = 0; i < text.length(); i++) {
                i = quoted ? acceptQuoted(text, i) : accept(text.charAt(i), i);
            }
            endRecord();
            return records;
        }

        private int accept(char c, int i) {
            switch (c) {
                case QUOTE -> quoted = true;
                case SEPARATOR -> endField();
                case '\n' -> endRecord();
                case '\r' -> { }
                default -> field.append(c);
            }
            return i;
        }

        /** Inside quotes; a doubled quote is one quote. Returns the index of the last character used. */
        private int acceptQuoted(String text, int i) {
            char c = text.charAt(i);
            if (c != QUOTE) {
                field.append(c);
                return i;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                field.append(QUOTE);
                return i + 1;
            }
            quoted = false;
            return i;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            if (fields.stream().anyMatch(f -> !f.isBlank())) {
                records.add(fields);
            }
            fields = new ArrayList<>();
        }
    }
}
