/**
 * The MVI team's consolidated workbook (MVI-overzicht.xlsx), written streaming from the store.
 */
package nl.mvimonitor.sync.consolidation;
