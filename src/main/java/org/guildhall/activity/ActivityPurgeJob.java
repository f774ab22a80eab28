package org.guildhall.activity;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.guildhall.platform.AccessMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ActivityRetention#purge} once a day through the host scheduler, once per cluster
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}). Removing is idempotent, so a run repeated after a node failure does no harm.
 */
@Component
public class ActivityPurgeJob implements JobRunner {

    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("org.guildhall.activity.purge");
    static final JobId JOB_ID = JobId.of("org.guildhall.activity.purge");
    static final long INTERVAL_MINUTES = 24 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(ActivityPurgeJob.class);

    private final SchedulerService scheduler;
    private final ActivityRetention retention;
    private final AccessMode accessMode;

    public ActivityPurgeJob(@ComponentImport SchedulerService scheduler, ActivityRetention retention,
                            AccessMode accessMode) {
        this.accessMode = accessMode;
        this.scheduler = scheduler;
        this.retention = retention;
    }

    /** Registers the runner and (re)schedules the job; scheduling the same id again replaces it. */
    @PostConstruct
    public void schedule() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MINUTES * 60_000, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Guildhall could not schedule the activity purge", e);
        }
    }

    /** The job stays scheduled for the next start; only this bundle's runner goes. */
    @PreDestroy
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        // nothing is written while Confluence is read-only; the next run removes what has expired since
        if (accessMode.readOnly()) {
            return JobRunnerResponse.aborted("Confluence is read-only");
        }
        return JobRunnerResponse.success("removed " + retention.purge());
    }
}
