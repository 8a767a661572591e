/**
 * One run's work per changed file: fetch, read, validate, store. One bad file never stops the others.
 */
package nl.mvimonitor.sync.intake;
