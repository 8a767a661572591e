/**
 * Quartz job and cron trigger that start a sync run while the service is up.
 */
package nl.mvimonitor.sync.schedule;
