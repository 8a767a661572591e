/**
 * One sync run end to end: sources, intake, store, consolidation, summary, publish; the command line (run once, demo, template).
 */
package nl.mvimonitor.sync.run;
