package nl.mvimonitor.sync.summary;

import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Which of the board's formulas can be written back as formulas. The report writes only its own tabs, so a formula
 * that refers to a tab the board added, to another file or to a name the board defined would point at nothing in
 * the new workbook (Excel would call the file damaged); such a cell keeps its last value instead.
 */
final class BoardFormulas {

    private BoardFormulas() {
    }

    /** True when {@code formula} parses in the workbook being written and refers only to tabs it has. */
    static boolean canKeep(XSSFSheet sheet, String formula) {
        XSSFWorkbook workbook = sheet.getWorkbook();
        try {
            Ptg[] tokens = FormulaParser.parse(formula, XSSFEvaluationWorkbook.create(workbook), FormulaType.CELL,
                    workbook.getSheetIndex(sheet));
            for (Ptg token : tokens) {
                if (!refersToThisWorkbook(workbook, token)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            // not a formula POI can parse here (e.g. an unknown name): write the value
            return false;
        }
    }

    private static boolean refersToThisWorkbook(XSSFWorkbook workbook, Ptg token) {
        if (token instanceof Ref3DPxg ref) {
            return ref.getExternalWorkbookNumber() < 1 && hasTabs(workbook, ref.getSheetName(), ref.getLastSheetName());
        }
        if (token instanceof Area3DPxg area) {
            return area.getExternalWorkbookNumber() < 1
                    && hasTabs(workbook, area.getSheetName(), area.getLastSheetName());
        }
        return true;
    }

    private static boolean hasTabs(XSSFWorkbook workbook, String first, String last) {
        return workbook.getSheet(first) != null && (last == null || workbook.getSheet(last) != null);
    }
}
