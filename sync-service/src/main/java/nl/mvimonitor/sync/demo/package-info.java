/**
 * A realistic sample organisation (a fictional water board) with project sheets across all phases, some with typical mistakes.
 */
package nl.mvimonitor.sync.demo;
