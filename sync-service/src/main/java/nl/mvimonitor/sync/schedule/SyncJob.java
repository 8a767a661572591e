package nl.mvimonitor.sync.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import nl.mvimonitor.sync.run.SyncRuns;

/** The scheduled sync run. Never two at once: a trigger that fires while a run is busy waits for it. */
@DisallowConcurrentExecution
public class SyncJob extends QuartzJobBean {

    private final SyncRuns runs;

    public SyncJob(SyncRuns runs) {
        this.runs = runs;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        // the run records and logs its own outcome, failures included
        runs.runOnce();
    }
}
