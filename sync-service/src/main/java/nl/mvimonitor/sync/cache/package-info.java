/**
 * Derived results the outputs keep per submission between runs ({@link nl.mvimonitor.sync.cache.PackedCache}): the
 * overview's rendered rows and the board report's facts. Safe to delete; the next run computes them again.
 */
package nl.mvimonitor.sync.cache;
