package nl.mvimonitor.sync.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mvimonitor.sync.run.CommandLineArguments;

/**
 * The sync job on a cron trigger. The scheduler starts only when scheduling is enabled and the command line asks
 * for no command: a command such as {@code --run-once} must never race a scheduled run, and the process must exit
 * after it.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleConfiguration.class);
    static final String JOB = "mvi-sync";

    @Bean
    SchedulerFactoryBeanCustomizer startOnlyWithoutCommand(ScheduleSettings settings, ApplicationArguments args) {
        boolean command = CommandLineArguments.requestsCommand(args);
        boolean start = settings.enabled() && !command;
        if (start) {
            LOG.info("Runs gepland volgens '{}' ({})", settings.cron(), settings.timeZone());
        } else if (!command) {
            LOG.info("Geplande runs staan uit (mvi.schedule.enabled=false)");
        }
        return factory -> factory.setAutoStartup(start);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "mvi.schedule.enabled", matchIfMissing = true)
    JobDetail syncJobDetail() {
        return JobBuilder.newJob(SyncJob.class).withIdentity(JOB).withDescription("MVI-synchronisatie").storeDurably()
                .build();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "mvi.schedule.enabled", matchIfMissing = true)
    Trigger syncTrigger(JobDetail syncJobDetail, ScheduleSettings settings) {
        return TriggerBuilder.newTrigger().forJob(syncJobDetail).withIdentity(JOB + "-cron")
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron()).inTimeZone(
                        java.util.TimeZone.getTimeZone(settings.timeZone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
