/**
 * Logging of the service itself: the log file must never keep the service from starting (see
 * {@code logback-spring.xml}).
 */
package nl.mvimonitor.sync.logging;
