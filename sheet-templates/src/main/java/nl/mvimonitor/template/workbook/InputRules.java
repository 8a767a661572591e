package nl.mvimonitor.template.workbook;

import java.math.BigDecimal;

import nl.mvimonitor.template.schema.ColumnSchema;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Excel data validations for input cells, with Dutch error messages: dropdowns fed from the very hidden lists tab
 * for code and ja/nee columns, whole numbers, numbers and dates for the numeric columns. Text columns get none.
 * The service validates everything again; these only help a team while typing.
 */
final class InputRules {

    private static final String NUMBER_LIMIT = "999999999999999";
    private static final String FIRST_DATE = "DATE(1900,1,1)";
    private static final String LAST_DATE = "DATE(9999,12,31)";

    private InputRules() {
    }

    /** Adds the validation of {@code column} to {@code cells} of {@code sheet}, if its type has one. */
    static void apply(XSSFSheet sheet, ColumnSchema column, CellRangeAddressList cells) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = constraint(helper, column);
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Ongeldige invoer", errorText(column));
        validation.setEmptyCellAllowed(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            // OOXML's showDropDown="1" hides the arrow; POI's XSSF maps suppress=true to showDropDown="0" (arrow shown)
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private static DataValidationConstraint constraint(XSSFDataValidationHelper helper, ColumnSchema column) {
        return switch (column.type()) {
            case CODE, YES_NO -> helper.createFormulaListConstraint(TemplateLayout.listName(column.codeList()));
            case INTEGER -> helper.createIntegerConstraint(OperatorType.BETWEEN,
                    bound(column.min(), "-" + NUMBER_LIMIT), bound(column.max(), NUMBER_LIMIT));
            case DECIMAL, AMOUNT, PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN,
                    bound(column.min(), "-" + NUMBER_LIMIT), bound(column.max(), NUMBER_LIMIT));
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE, null);
            case TEXT, LONG_TEXT, PERIOD -> null;
        };
    }

    private static String bound(BigDecimal limit, String fallback) {
        return limit == null ? fallback : limit.toPlainString();
    }

    /** Dutch message shown when a team types something the column does not accept. */
    static String errorText(ColumnSchema column) {
        String label = "'" + column.labelNl() + "'";
        return switch (column.type()) {
            case CODE, YES_NO -> "Kies bij " + label + " een waarde uit de keuzelijst.";
            case INTEGER -> "Vul bij " + label + " een geheel getal in" + range(column) + ".";
            case DECIMAL, PERCENT -> "Vul bij " + label + " een getal in" + range(column) + ", zonder tekst of %-teken.";
            case AMOUNT -> "Vul bij " + label + " een bedrag in euro in" + range(column) + ", zonder euroteken of tekst.";
            case DATE -> "Vul bij " + label + " een datum in, bijvoorbeeld 31-12-2025.";
            case TEXT, LONG_TEXT, PERIOD -> "Ongeldige invoer bij " + label + ".";
        };
    }

    private static String range(ColumnSchema column) {
        if (column.min() != null && column.max() != null) {
            return " van " + column.min().toPlainString() + " tot en met " + column.max().toPlainString();
        }
        if (column.min() != null) {
            return " van " + column.min().toPlainString() + " of meer";
        }
        if (column.max() != null) {
            return " tot en met " + column.max().toPlainString();
        }
        return "";
    }
}
