package nl.mvimonitor.sync.schedule;

import java.time.ZoneId;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.mvimonitor.sync.failure.InvalidSetting;

/**
 * When the service starts runs by itself.
 *
 * @param enabled  false: no scheduled runs (commands such as {@code --run-once} still work)
 * @param cron     Quartz cron expression (seconds first); default: on the hour from 7:00 to 19:00, Monday to Friday
 * @param timeZone time zone the cron expression is read in
 */
@ConfigurationProperties("mvi.schedule")
public record ScheduleSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 7-19 ? * MON-FRI") String cron,
        @DefaultValue("Europe/Amsterdam") ZoneId timeZone) {

    public ScheduleSettings {
        if (enabled && !CronExpression.isValidExpression(cron)) {
            throw new InvalidSetting("mvi.schedule.cron", "geen geldige Quartz-cronexpressie (seconden eerst,"
                    + " bijvoorbeeld '0 0 7-19 ? * MON-FRI')");
        }
    }
}
