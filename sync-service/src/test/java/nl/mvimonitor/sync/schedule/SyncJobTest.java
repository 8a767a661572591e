package nl.mvimonitor.sync.schedule;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

import nl.mvimonitor.sync.run.SyncRuns;

class SyncJobTest {

    @Test
    void theJobSpringCreatesForTheTriggerRunsOneSync() throws Exception {
        SyncRuns runs = mock(SyncRuns.class);
        ScheduleConfiguration configuration = new ScheduleConfiguration();
        JobDetail detail = configuration.syncJobDetail();
        OperableTrigger trigger = (OperableTrigger) configuration.syncTrigger(detail,
                new ScheduleSettings(true, "0 0 7-19 ? * MON-FRI", ZoneId.of("Europe/Amsterdam")));
        TriggerFiredBundle bundle = new TriggerFiredBundle(detail, trigger, null, false, new Date(), null, null, null);

        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(SyncRuns.class, () -> runs);
            context.refresh();
            SpringBeanJobFactory factory = new SpringBeanJobFactory();
            factory.setApplicationContext(context);
            Scheduler scheduler = mock(Scheduler.class);
            Job job = factory.newJob(bundle, scheduler);
            JobExecutionContext execution = new JobExecutionContextImpl(scheduler, bundle, job);

            job.execute(execution);
        }

        verify(runs).runOnce();
    }
}
