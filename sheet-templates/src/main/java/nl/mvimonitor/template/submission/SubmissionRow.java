package nl.mvimonitor.template.submission;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of a tab, cells keyed by the schema's column key. Columns the reader could not bind are absent.
 *
 * @param sheet     sheet name as found
 * @param rowNumber 1-based row number in the sheet (for a FORM tab: the row of the first field)
 * @param cells     bound cells by column key; a blank cell may be absent
 */
public record SubmissionRow(String sheet, int rowNumber, Map<String, RawCell> cells) {

    public SubmissionRow {
        Objects.requireNonNull(sheet, "sheet");
        cells = Map.copyOf(cells);
    }

    public Optional<RawCell> cell(String columnKey) {
        return Optional.ofNullable(cells.get(columnKey));
    }

    public boolean isBlank() {
        for (RawCell cell : cells.values()) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
