package nl.mvimonitor.template.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Protection of the template: locked labels and keys, unlocked input cells, a locked workbook structure.
 *
 * <p>Protection is switched on without a password ({@code enableLocking}, {@code lockStructure}) instead of
 * {@code protectSheet(password)}. It guards the keys and labels the reader binds to against slips, not against
 * intent: a password would only be a legacy 16-bit hash, gives teams a prompt when they need to unprotect (and
 * LibreOffice asks for it again when saving in another format), and would have to be shared with every team. With
 * no password Excel and LibreOffice open the sheet for normal editing of the unlocked cells without any prompt,
 * and "Blad beveiliging opheffen" works without one.
 */
final class SheetGuard {

    private SheetGuard() {
    }

    /**
     * Protects a data tab. Teams may still insert rows, resize columns and rows, sort and filter; everything else
     * stays as the protection defaults have it.
     */
    static void protectInput(XSSFSheet sheet) {
        protectReadOnly(sheet);
        sheet.lockInsertRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
    }

    /** Protects a tab a team only reads (Controle, lists, metadata). */
    static void protectReadOnly(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockObjects(true);
        sheet.lockScenarios(true);
    }

    /** Locks the workbook structure: no adding, deleting, renaming, moving or unhiding tabs. */
    static void protectStructure(XSSFWorkbook workbook) {
        workbook.lockStructure();
    }
}
