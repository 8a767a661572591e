package nl.mvimonitor.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

class ScheduleConfigurationTest {

    private final ScheduleConfiguration configuration = new ScheduleConfiguration();
    private final ScheduleSettings defaults = new ScheduleSettings(true, "0 0 7-19 ? * MON-FRI",
            ZoneId.of("Europe/Amsterdam"));

    @Test
    void schedulerStartsWithoutACommand() {
        assertThat(autoStartup(defaults, "--mvi.publish.output-dir=/tmp/uit")).isTrue();
    }

    @Test
    void schedulerStaysStoppedDuringACommand() {
        assertThat(autoStartup(defaults, "--run-once")).isFalse();
        assertThat(autoStartup(defaults, "--help")).isFalse();
    }

    @Test
    void schedulerStaysStoppedWhenDisabled() {
        ScheduleSettings disabled = new ScheduleSettings(false, defaults.cron(), defaults.timeZone());

        assertThat(autoStartup(disabled)).isFalse();
    }

    @Test
    void triggerFiresOnTheCronInDutchTimeWithoutCatchingUpMissedRuns() {
        JobDetail job = configuration.syncJobDetail();

        CronTrigger trigger = (CronTrigger) configuration.syncTrigger(job, defaults);

        assertThat(trigger.getCronExpression()).isEqualTo("0 0 7-19 ? * MON-FRI");
        assertThat(trigger.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Europe/Amsterdam"));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(trigger.getJobKey()).isEqualTo(job.getKey());
        assertThat(job.getJobClass()).isEqualTo(SyncJob.class);
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
    }

    private boolean autoStartup(ScheduleSettings settings, String... args) {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        configuration.startOnlyWithoutCommand(settings, new DefaultApplicationArguments(args)).customize(factory);
        return factory.isAutoStartup();
    }
}
