/**
 * The MVI team's consolidated workbook (MVI-overzicht.xlsx), written streaming from the store:
 * {@link nl.mvimonitor.sync.consolidation.ConsolidatedWorkbookWriter}.
 *
 * <p>Also owns what both output workbooks share: the formula guard for sheet text
 * ({@link nl.mvimonitor.template.workbook.SpreadsheetText}), the "&lt;5" rule for counts of people
 * ({@link nl.mvimonitor.sync.consolidation.SmallCounts}) and the response figures per unit and year
 * ({@link nl.mvimonitor.sync.consolidation.Coverage}). The summary module uses these; nothing here depends on it.
 */
package nl.mvimonitor.sync.consolidation;
