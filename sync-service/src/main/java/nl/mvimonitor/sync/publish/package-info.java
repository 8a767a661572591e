/**
 * Writes outputs to their target atomically (temp file, then move): a failed run leaves the previous outputs intact.
 */
package nl.mvimonitor.sync.publish;
