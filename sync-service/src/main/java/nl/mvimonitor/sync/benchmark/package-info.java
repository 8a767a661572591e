/**
 * The {@code --benchmark} command: a deterministic corpus of realistic filled project sheets, and timings of the
 * reading steps (a SAX lower bound, POI's XSSF object model, our reader and validator) and of the service pipeline on
 * the same files, printed as one table.
 */
package nl.mvimonitor.sync.benchmark;
