/**
 * JDBC persistence with Flyway migrations that run on H2 and PostgreSQL: source files and fingerprints, submissions,
 * typed rows, findings, runs, and the service's copy of the board's goals.
 */
package nl.mvimonitor.sync.store;
