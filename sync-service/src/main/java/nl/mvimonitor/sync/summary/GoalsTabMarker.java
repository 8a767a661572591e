package nl.mvimonitor.sync.summary;

import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * The report's own mark on the goals tab: a workbook-level defined name, {@value #NAME}, referring to the header row
 * of the goals table. A defined name is kept by Excel and Google Sheets and follows the tab when the board renames or
 * moves it; when the board deletes the tab, the name is left pointing at {@code #REF!}. So the reader finds the
 * goals tab by this name, never by guessing which tab looks like goals.
 */
final class GoalsTabMarker {

    static final String NAME = "MVI_Doelen";
    private static final String COMMENT = "Markering van MVI Monitor: het tabblad met de doelen van het bestuur."
            + " Niet verwijderen; het tabblad mag een andere naam krijgen.";
    private static final String BROKEN_REFERENCE = "#REF!";

    private GoalsTabMarker() {
    }

    /** Marks the header row of the goals table, from column A to {@code lastColumn}. */
    static void mark(Sheet sheet, int headerRow, int lastColumn) {
        String tab = sheet.getSheetName();
        AreaReference header = new AreaReference(new CellReference(tab, headerRow, 0, true, true),
                new CellReference(tab, headerRow, lastColumn, true, true), SpreadsheetVersion.EXCEL2007);
        Name name = sheet.getWorkbook().createName();
        name.setNameName(NAME);
        name.setRefersToFormula(header.formatAsString());
        name.setComment(COMMENT);
    }

    /**
     * The marker of the whole workbook, if there is one. A copy of the tab made in Excel carries a copy of the name
     * scoped to that copy; only the workbook-level one is the marker.
     */
    static Optional<Name> in(Workbook workbook) {
        return workbook.getNames(NAME).stream().filter(n -> n.getSheetIndex() < 0).map(n -> (Name) n).findFirst();
    }

    /** The tab the marker points at; empty when it points at a deleted tab ({@code #REF!}) or at no tab at all. */
    static Optional<Sheet> sheet(Workbook workbook, Name marker) {
        return reference(marker).map(CellReference::getSheetName).flatMap(tab -> sheetNamed(workbook, tab));
    }

    /** The row the marker points at (the header row when the report wrote it), or 0 when it cannot be read. */
    static int row(Name marker) {
        return reference(marker).map(CellReference::getRow).orElse(0);
    }

    /** A tab by name; tab names compare case-insensitively, as in Excel. */
    static Optional<Sheet> sheetNamed(Workbook workbook, String tab) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equalsIgnoreCase(tab)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    private static Optional<CellReference> reference(Name marker) {
        String formula = marker.getRefersToFormula();
        if (formula == null || formula.toUpperCase(Locale.ROOT).contains(BROKEN_REFERENCE)) {
            return Optional.empty();
        }
        try {
            CellReference first = new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell();
            return Optional.ofNullable(first.getSheetName()).map(tab -> first);
        } catch (RuntimeException e) {
            // not a reference (a constant or a formula typed over the name): it points at no tab
            return Optional.empty();
        }
    }
}
