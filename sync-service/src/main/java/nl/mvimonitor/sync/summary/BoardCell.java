package nl.mvimonitor.sync.summary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell the board filled in the goals tab, exactly as typed, so it can be written back unchanged.
 *
 * @param header     the column's header as the board has it
 * @param value      {@link String}, {@link BigDecimal}, {@link Boolean} or {@link LocalDateTime}; for a formula its
 *                   last computed value, which is what the KPI evaluation reads (formulas are never evaluated)
 * @param dataFormat the cell's number format (e.g. {@code 0%} or {@code dd-mm-yyyy}), or null for General
 * @param formula    the formula the board typed, without the leading {@code =}, or null for a plain value
 */
public record BoardCell(String header, Object value, String dataFormat, String formula) {

    public BoardCell {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean
                || value instanceof LocalDateTime)) {
            throw new IllegalArgumentException("unsupported cell value type " + value.getClass().getSimpleName());
        }
        if (value instanceof BigDecimal number) {
            // compare numbers by value: 50 typed in a seed equals 50.0 read from a cell
            value = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        }
        if (dataFormat != null && (dataFormat.isBlank() || "General".equalsIgnoreCase(dataFormat))) {
            dataFormat = null;
        }
        if (formula != null) {
            formula = formula.strip();
            formula = formula.startsWith("=") ? formula.substring(1) : formula;
            formula = formula.isBlank() ? null : formula;
        }
    }

    /** A plain value, as a seed, a test or a cell without formula gives it. */
    public BoardCell(String header, Object value, String dataFormat) {
        this(header, value, dataFormat, null);
    }

    public static BoardCell text(String header, String text) {
        return new BoardCell(header, text, null);
    }

    public static BoardCell number(String header, BigDecimal number) {
        return new BoardCell(header, number, null);
    }

    /** The value as plain text: numbers without exponent or trailing zeros, dates in ISO form. */
    public String text() {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** True when the value is a number shown in a percent format (0,5 shown as 50%). */
    public boolean isPercentFormatted() {
        return value instanceof BigDecimal && dataFormat != null && dataFormat.contains("%");
    }
}
