package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The board's goals as JSON, for the service's own copy of them in the store: an array of goals, each an array of
 * its cells {@code {"header", "type", "value", "format", "formula"}} in the board's order. The type
 * ({@code text}, {@code number}, {@code boolean}, {@code datetime}) is written out and every value is a JSON string
 * (a number in {@link BigDecimal#toString()} form, a date-time in ISO form), so each value comes back with exactly
 * its type and digits: a JSON number would be read back as a double.
 */
public final class BoardGoalsJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BoardGoalsJson() {
    }

    public static String write(List<BoardGoal> goals) {
        ArrayNode array = JSON.createArrayNode();
        for (BoardGoal goal : goals) {
            ArrayNode cells = array.addArray();
            goal.cells().forEach(cell -> write(cell, cells.addObject()));
        }
        return JSON.writeValueAsString(array);
    }

    /** The goals written by {@link #write}; an IllegalArgumentException when {@code json} is not such a text. */
    public static List<BoardGoal> read(String json) {
        try {
            JsonNode array = JSON.readTree(json);
            require(array.isArray(), "not an array of goals");
            List<BoardGoal> goals = new ArrayList<>();
            for (JsonNode goal : array.values()) {
                require(goal.isArray(), "a goal is not an array of cells");
                goals.add(new BoardGoal(goal.values().stream().map(BoardGoalsJson::cell).toList()));
            }
            return goals;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("kept goals are not valid JSON", e);
        }
    }

    private static void write(BoardCell cell, ObjectNode node) {
        node.put("header", cell.header());
        node.put("type", Type.of(cell.value()).name().toLowerCase(Locale.ROOT));
        node.put("value", cell.value() instanceof BigDecimal number ? number.toString() : cell.value().toString());
        node.put("format", cell.dataFormat());
        node.put("formula", cell.formula());
    }

    private static BoardCell cell(JsonNode node) {
        require(node.isObject(), "a cell is not an object");
        String value = string(node, "value");
        Object typed = switch (Type.valueOf(string(node, "type").toUpperCase(Locale.ROOT))) {
            case TEXT -> value;
            case NUMBER -> new BigDecimal(value);
            case BOOLEAN -> Boolean.valueOf(value);
            case DATETIME -> LocalDateTime.parse(value);
        };
        return new BoardCell(string(node, "header"), typed, optionalString(node, "format"),
                optionalString(node, "formula"));
    }

    private static String string(JsonNode node, String field) {
        String text = optionalString(node, field);
        require(text != null, "a cell has no " + field);
        return text;
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        require(value.isString(), "the " + field + " of a cell is not a string");
        return value.stringValue();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("kept goals: " + problem);
        }
    }

    /** The value types a {@link BoardCell} holds. */
    private enum Type {
        TEXT, NUMBER, BOOLEAN, DATETIME;

        static Type of(Object value) {
            if (value instanceof BigDecimal) {
                return NUMBER;
            }
            if (value instanceof Boolean) {
                return BOOLEAN;
            }
            if (value instanceof LocalDateTime) {
                return DATETIME;
            }
            return TEXT;
        }
    }
}
