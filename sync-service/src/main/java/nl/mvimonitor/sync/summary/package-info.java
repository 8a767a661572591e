/**
 * KPIs against the board's goals per theme, unit and period, and the board workbook (MVI-bestuursrapportage.xlsx).
 */
package nl.mvimonitor.sync.summary;
