/**
 * The port SpreadsheetSource (list, fingerprint, open) and its adapters, one subpackage each (localfolder is the reference). Wire types of a cloud API stay inside its adapter.
 */
package nl.mvimonitor.sync.source;
