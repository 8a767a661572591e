/**
 * The reference SpreadsheetSource: workbooks under a root folder, one subfolder per organisational unit.
 */
package nl.mvimonitor.sync.source.localfolder;
