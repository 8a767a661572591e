package nl.mvimonitor.template.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.mvimonitor.template.schema.CodeList;
import nl.mvimonitor.template.schema.ColumnSchema;
import nl.mvimonitor.template.schema.Phase;
import nl.mvimonitor.template.schema.TabSchema;
import nl.mvimonitor.template.schema.TemplateSchema;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Conditional formatting that colours a missing required cell light yellow: always-required fields, and fields
 * required from a phase once the project's phase (the workbook name {@value TemplateLayout#PHASE_CELL_NAME}) has
 * reached it. On TABLE tabs only rows with some data are marked, so the empty prepared rows stay white.
 *
 * <p>The phase is read through a workbook name rather than a {@code Project!C5} reference: Excel 2010 and later
 * accept cross-sheet references in conditional formatting only by moving the rule into an extension list, while a
 * name works in every version and in LibreOffice.
 */
final class RequiredMarks {

    /** Light yellow, as the Project tab's instruction says. */
    private static final byte[] MISSING_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    private final TemplateSchema schema;
    private final Optional<ColumnSchema> phaseField;

    RequiredMarks(TemplateSchema schema, Optional<ColumnSchema> phaseField) {
        this.schema = schema;
        this.phaseField = phaseField;
    }

    /** Marks the required columns of a TABLE tab in rows {@code firstRow..lastRow} (0-based, inclusive). */
    void markTable(XSSFSheet sheet, TabSchema tab, int firstRow, int lastRow) {
        String excelRow = Integer.toString(firstRow + 1);
        String rowHasData = rowHasData(tab.columns().size(), excelRow);
        for (int index = 0; index < tab.columns().size(); index++) {
            String cell = CellReference.convertNumToColString(index) + excelRow;
            CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, index, index);
            missing(tab.columns().get(index), cell, rowHasData).ifPresent(formula -> add(sheet, range, formula));
        }
    }

    /** Marks the required fields of a FORM tab in its value column. */
    void markForm(XSSFSheet sheet, TabSchema tab) {
        int column = TemplateLayout.FORM_VALUE_COLUMN;
        for (int index = 0; index < tab.columns().size(); index++) {
            int row = TemplateLayout.formRow(index);
            String cell = new CellReference(row, column).formatAsString(false);
            CellRangeAddress range = new CellRangeAddress(row, row, column, column);
            missing(tab.columns().get(index), cell, null).ifPresent(formula -> add(sheet, range, formula));
        }
    }

    /**
     * True when any cell of the row is filled: {@code LEN($A3&$B3&...)>0}. Single-cell references rather than
     * {@code COUNTA($A3:$K3)}, because POI's conditional-format evaluator (used by our tests and any tool that
     * checks the marks) shifts only single-cell references per row, while Excel and LibreOffice handle both.
     */
    private static String rowHasData(int columns, String excelRow) {
        StringBuilder cells = new StringBuilder();
        for (int index = 0; index < columns; index++) {
            cells.append(index == 0 ? "" : "&").append('$').append(CellReference.convertNumToColString(index))
                    .append(excelRow);
        }
        return "LEN(" + cells + ")>0";
    }

    /**
     * The formula that is true when {@code cell} of {@code column} is missing (and {@code rowHasData}, if given,
     * holds), or empty when the column is never required.
     */
    private Optional<String> missing(ColumnSchema column, String cell, String rowHasData) {
        List<String> terms = new ArrayList<>();
        if (rowHasData != null) {
            terms.add(rowHasData);
        }
        terms.add(cell + "=\"\"");
        if (!column.required()) {
            if (column.requiredFromPhase() == null || phaseField.isEmpty()) {
                return Optional.empty();
            }
            terms.add(phaseReached(column.requiredFromPhase()));
        }
        return Optional.of(terms.size() == 1 ? terms.get(0) : "AND(" + String.join(",", terms) + ")");
    }

    /** True when the phase cell holds {@code from} or a later phase, as offered in its dropdown. */
    private String phaseReached(Phase from) {
        CodeList phases = phaseField.map(ColumnSchema::codeList).map(schema::codeList).orElseThrow();
        List<String> tests = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (phase.atLeast(from)) {
                String text = phases.find(phase.name()).map(phases::display).orElse(phase.name());
                tests.add(TemplateLayout.PHASE_CELL_NAME + "=\"" + text.replace("\"", "\"\"") + "\"");
            }
        }
        return tests.size() == 1 ? tests.get(0) : "OR(" + String.join(",", tests) + ")";
    }

    private static void add(XSSFSheet sheet, CellRangeAddress range, String formula) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        XSSFPatternFormatting fill = rule.createPatternFormatting();
        // in a differential format Excel paints a solid fill with the background colour
        fill.setFillBackgroundColor(new XSSFColor(MISSING_FILL, null));
        fill.setFillPattern((short) FillPatternType.SOLID_FOREGROUND.getCode());
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
}
